import sys, gc, weakref
gc.collect()
class C:
    pass
o = C()
print(sys.getrefcount(o))
w = weakref.ref(o)
p = weakref.proxy(o)
def cb(r):
    pass
w2 = weakref.ref(o, cb)
print(sys.getrefcount(o))
x = w()
print(sys.getrefcount(o))
del x
print(sys.getrefcount(w), sys.getrefcount(w2))
same = weakref.ref(o)
print(sys.getrefcount(w))
print(sys.getrefcount(cb))
del o
print(sys.getrefcount(cb))
