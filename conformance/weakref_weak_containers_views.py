import gc, weakref
gc.collect()
class V:
    pass
a = V()
d = weakref.WeakValueDictionary()
d["a"] = a
# keys(), values() and items() of the weak dictionaries are generators (weakref.py)
print(d.keys())
print(d.items())
print(d.values())
print(list(d.keys()), len(list(d.values())))
k = weakref.WeakKeyDictionary()
k[a] = 1
print(k.keys())
print(k.values())
print(list(k.values()))
try:
    len(d.items())
except TypeError as e:
    print("TypeError", e)
del a
print(list(d.keys()), list(k.values()))
