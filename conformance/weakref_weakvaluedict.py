import gc, weakref
gc.collect()
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V(" + str(self.n) + ")"
cache = weakref.WeakValueDictionary()
a = V(1)
b = V(2)
cache["a"] = a
cache["b"] = b
cache["z"] = a
print(len(cache), sorted(cache.keys()), cache["a"], cache.get("b"))
print("a" in cache, "zz" in cache)
del a
print(len(cache), "a" in cache, cache.get("a"), cache.get("a", "default"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
try:
    cache["z"]
except KeyError as e:
    print("KeyError", e)
b.me = b
del b
print(len(cache))
print("collect", gc.collect())
print(len(cache), list(cache.keys()))
c = V(3)
cache["c"] = c
cache["c"] = V(4)
print(len(cache))
print(cache.pop("zz", "none"))
del c
