import sys
def f():
    pass
print(sys.getrefcount(f))
g = f
l = [f, f]
print(sys.getrefcount(f))
class Holder:
    pass
h = Holder()
h.func = f
d = {"f": f}
print(sys.getrefcount(f))
def takes(fn):
    return sys.getrefcount(fn)
print(takes(f))
del g, l, d
h.func = None
print(sys.getrefcount(f))
lam = lambda: 0
print(sys.getrefcount(lam))
def outer():
    inner = lambda: 1
    return sys.getrefcount(inner)
print(outer())
