import gc, weakref
gc.collect()
class N:
    def __del__(self):
        print("__del__: nested collect returns", gc.collect())
n = N()
n.me = n
del n
print("outer collect", gc.collect())
n = N()
del n
print("after a refcount death")
def cb(r):
    print("callback: nested collect returns", gc.collect())
class P:
    pass
p = P()
p.me = p
w = weakref.ref(p, cb)
del p
print("outer collect", gc.collect())
