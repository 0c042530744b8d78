import gc, weakref
gc.collect()
class V:
    def __init__(self, n):
        self.n = n
a = V(1)
b = V(2)
wvd = weakref.WeakValueDictionary()
wvd["a"] = a
wvd["b"] = b
for k, v in list(wvd.items()):
    print(k, v.n)
print(list(wvd.keys()), len(list(wvd.values())))
print(wvd.setdefault("c", a) is a, len(wvd))
del wvd["c"]
print(wvd.pop("b").n, len(wvd))
wvd.clear()
print(len(wvd), list(wvd))
wkd = weakref.WeakKeyDictionary()
wkd[a] = "A"
wkd[b] = "B"
for k, v in list(wkd.items()):
    print(k.n, v)
print(len(list(wkd.keys())), list(wkd.values()))
wkd.clear()
print(len(wkd))
ws = weakref.WeakSet()
ws.add(a)
ws.clear()
print(len(ws))
del a, b
