# Names are NFKC-normalised: these are the ASCII names A, fi, b, x and even "if".
Ａ = 1
print(A)
ﬁ = 2
print(fi)


class C:
    pass


c = C()
c.ｂ = 3
print(c.b)


def f(x):
    return x


print(f(ｘ=4))
ｉｆ = 5
print(ｉｆ)
Ⅷ = 6
print(VIII)
