import sys
def f():
    return sys.getrefcount(f)
print(sys.getrefcount(f), f())
g = f
print(sys.getrefcount(f), g())
def caller(fn):
    return fn()
print(caller(f))
class C:
    def m(self):
        global c
        del c
        return sys.getrefcount(self)
c = C()
print(c.m())
def outer():
    return inner_ref()
def inner_ref():
    return sys.getrefcount(outer)
print(outer())
lam = lambda: sys.getrefcount(lam)
print(lam())
