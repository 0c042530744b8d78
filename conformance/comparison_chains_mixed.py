# Comparison chains whose later links test identity or membership: each link compares its own
# pair, and the chain stops at the first false link.
x = [1]
t = True
one, two = 1, 2
print(one < two is t, 1 < 2 in [True], 0 < 1 < 2 not in [2], 0 < 1 < 2 in [2])
print((x is x) is x, (1 in [1]) in [True], 3 > 2 > 1 != 0)


def noisy(v):
    print("eval", v)
    return v


print(noisy(1) < noisy(0) in noisy([0]))
print(noisy(0) < noisy(1) is noisy(1))
