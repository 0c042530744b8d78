import sys
def f(x, y):
    return y
a = []
print(sys.getrefcount(a))
print(a, sys.getrefcount(a))
print(a, a, sys.getrefcount(a))
print(f(a, sys.getrefcount(a)))
print([a, sys.getrefcount(a)][1])
print((a, sys.getrefcount(a))[1])
print({"x": a, "n": sys.getrefcount(a)}["n"])
a.append(sys.getrefcount(a))
print(a)
d = {}
d[sys.getrefcount(a)] = a
print(list(d))
print(str(sys.getrefcount(a)))
print(len(a + [sys.getrefcount(a)]), (a + [sys.getrefcount(a)])[-1])
print(a == [sys.getrefcount(a)])
