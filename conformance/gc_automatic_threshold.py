import gc, weakref
gc.collect()
class N:
    def __del__(self):
        print("__del__ by an automatic collection")
flags = []
def cb(r):
    flags.append("collected")
gc.set_threshold(10)
n = N()
n.me = n
w = weakref.ref(n, cb)
del n
print("before allocating", flags)
keep = []
for i in range(3000):
    keep.append([i])
print("after allocating", flags, w() is None)
print("manual collect finds nothing more", gc.collect())
gc.set_threshold(700, 10, 10)
