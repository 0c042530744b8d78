import gc, weakref
gc.collect()
class N:
    pass
def cb(r):
    print("callback runs even with DEBUG_SAVEALL")
gc.set_debug(gc.DEBUG_SAVEALL)
n = N()
n.me = n
w = weakref.ref(n, cb)
plain = weakref.ref(n)
del n
print("collect", gc.collect())
print(len(gc.garbage), gc.garbage[0].me is gc.garbage[0])
print(w(), plain())
gc.set_debug(0)
gc.garbage.clear()
print("collect", gc.collect())
