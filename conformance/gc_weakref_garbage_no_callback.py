import gc, weakref
gc.collect()
class N:
    pass
def cb(r):
    print("callback should not run")
target = N()
a = N()
a.me = a
# the weakref is itself part of the garbage: cleared without its callback
a.w = weakref.ref(target, cb)
b = N()
b.me = b
b.w = weakref.ref(b, cb)
del a, b
print("collect", gc.collect())
del target
print("target gone")
