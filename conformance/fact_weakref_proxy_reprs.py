import weakref
class Thing:
    pass
def func():
    pass
t = Thing()
p = weakref.proxy(t)
r = weakref.ref(t)
print(repr(p))
print(r)
print(weakref.ref(func))
del t
print(repr(p))
print(r)
