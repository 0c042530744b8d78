import gc, weakref
gc.collect()
cache = weakref.WeakValueDictionary()
class V:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag, "len(cache) =", len(cache), "present:", self.tag in cache)
a = V("a")
b = V("b")
a.b = b
b.a = a
cache["a"] = a
cache["b"] = b
del a, b
print("collect", gc.collect())
print(len(cache))
c = V("c")
cache["c"] = c
del c
print(len(cache))
