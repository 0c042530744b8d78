import gc, weakref
class N:
    pass
gc.collect()
cache = weakref.WeakValueDictionary()
n = N()
n.me = n
cache["n"] = n
del n
print(gc.collect())
