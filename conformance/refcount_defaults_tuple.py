import sys
cache = {}
items = []
print(sys.getrefcount(cache), sys.getrefcount(items))
def f(x, c=cache, i=items):
    return sys.getrefcount(c)
print(sys.getrefcount(cache), sys.getrefcount(items))
print(f(1), f(1, cache))
def g(a=items, b=items):
    return sys.getrefcount(a)
print(sys.getrefcount(items), g())
h = lambda z=items: sys.getrefcount(z)
print(sys.getrefcount(items), h())
del f
print(sys.getrefcount(cache), sys.getrefcount(items))
del g, h
print(sys.getrefcount(items))
