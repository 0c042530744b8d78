import sys
a = []
b = {}
t = (a, b)
print(sys.getrefcount(t), sys.getrefcount(a), sys.getrefcount(b))
u = (t, t)
print(sys.getrefcount(t))
x, y = t
print(sys.getrefcount(a), sys.getrefcount(b))
del x, y
single = (a,)
print(sys.getrefcount(a), len(single))
def ret():
    return a, b
r = ret()
print(sys.getrefcount(r), sys.getrefcount(a))
del u
print(sys.getrefcount(t))
del t, single, r
print(sys.getrefcount(a), sys.getrefcount(b))
nested = ((a,), [a])
print(sys.getrefcount(a))
