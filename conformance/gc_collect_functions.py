import gc, weakref
gc.collect()
def f():
    pass
f.me = f
del f
print("function with attribute", gc.collect())
def g(x=[]):
    pass
g.__defaults__[0].append(g)
del g
print("defaults tuple holding a list", gc.collect())
def h(a, b=1, c="s"):
    return a
h.cycle = [h]
del h
print("atomic defaults", gc.collect())
class C:
    pass
c = C()
c.me = c
c.w = weakref.ref(c, lambda r: print("never"))
del c
print("instance with lambda callback weakref", gc.collect())
c = C()
c.f = lambda: c
c.me = c
del c
print("lambda attribute", gc.collect())
