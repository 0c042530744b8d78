import gc, weakref
gc.collect()
class N:
    pass
def noop():
    pass
wkd = weakref.WeakKeyDictionary()
n = N()
n.me = n
wkd[n] = 1
del n
print("WeakKeyDictionary key", gc.collect(), len(wkd))
ws = weakref.WeakSet()
n = N()
n.me = n
ws.add(n)
del n
print("WeakSet member", gc.collect(), len(ws))
n = N()
n.me = n
f = weakref.finalize(n, noop)
del n
print("finalize", gc.collect(), f.alive)
n = N()
n.me = n
def cb(r):
    pass
w = weakref.ref(n, cb)
del n
print("reachable ref with callback survives", gc.collect(), w() is None)
n = N()
n.me = n
weakref.ref(n, cb)
del n
print("ref with callback already gone", gc.collect())
