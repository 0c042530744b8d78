n = 10
n += 5
print(n)
n -= 20
print(n)
n *= -3
print(n)
f = 1.5
f += 1
f *= 2
f -= 0.25
print(f)
s = "ab"
t = s
s += "cd"
print(s, t)
s *= 3
print(s)
big = 2 ** 62
big *= big
big += 1
print(big)
