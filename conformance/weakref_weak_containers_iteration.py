import gc, sys, weakref
gc.collect()
class V:
    def __init__(self, n):
        self.n = n
# iterating a weak dictionary holds only the current entry: an object that dies during the loop
# is not yielded any more
objs = [V(1), V(2), V(3)]
wvd = weakref.WeakValueDictionary()
wvd["a"] = objs[0]
wvd["b"] = objs[1]
wvd["c"] = objs[2]
for k in wvd:
    print("key", k)
    if k == "a":
        objs.pop()
print(len(wvd), list(wvd.keys()))
ks = [V(1), V(2), V(3)]
wkd = weakref.WeakKeyDictionary()
for k in ks:
    wkd[k] = k.n
for k in wkd:
    print("wkd key", k.n, sys.getrefcount(ks[-1]))
    if k.n == 1:
        ks.pop()
del k
print(len(wkd))
ms = [V(1), V(2)]
ws = weakref.WeakSet()
ws.add(ms[0])
for m in ws:
    print("member", m.n, sys.getrefcount(ms[0]))
del m
