import gc, weakref
gc.collect()
flags = []
def cb(r):
    flags.append("collected")
class N:
    pass
gc.disable()
gc.set_threshold(10)
n = N()
n.me = n
w = weakref.ref(n, cb)
del n
keep = []
for i in range(3000):
    keep.append([i])
print("disabled: still alive", w() is not None, flags)
gc.enable()
for i in range(3000):
    keep.append([i])
print("enabled: collected", w() is None, flags)
gc.set_threshold(700, 10, 10)
