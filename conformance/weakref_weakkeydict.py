import gc, weakref
gc.collect()
class K:
    def __init__(self, n):
        self.n = n
meta = weakref.WeakKeyDictionary()
k1 = K(1)
k2 = K(2)
meta[k1] = "one"
meta[k2] = [1, 2]
print(len(meta), meta[k1], meta.get(k2), k1 in meta)
del k1
print(len(meta))
k3 = K(3)
try:
    meta[k3]
except KeyError:
    print("KeyError for a key never stored")
print(meta.get(k3, "missing"))
k2.me = k2
del k2
print(len(meta))
print("collect", gc.collect())
print(len(meta))
meta[k3] = "three"
del meta[k3]
print(len(meta), k3 in meta)
