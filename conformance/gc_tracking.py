import gc
gc.collect()
class C:
    pass
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2.5))
print(gc.is_tracked([]), gc.is_tracked(C()))
d = {}
print("empty dict", gc.is_tracked(d))
d["a"] = 1
d["b"] = "x"
print("atomic dict", gc.is_tracked(d))
d["c"] = []
print("dict with list", gc.is_tracked(d))
del d["c"]
print("after removing the list", gc.is_tracked(d))
gc.collect()
print("after a full collection", gc.is_tracked(d))
d2 = {"t": (1, 2)}
print("dict with tuple", gc.is_tracked(d2))
t = (1, "two", 3.0)
print("atomic tuple", gc.is_tracked(t))
t2 = (1, [])
t3 = (t, 5)
print(gc.is_tracked(t2), gc.is_tracked(t3))
gc.collect()
print("after collect", gc.is_tracked(t), gc.is_tracked(t2), gc.is_tracked(t3))
print("dict with untracked tuple", gc.is_tracked(d2))
gc.collect()
print("after second collect", gc.is_tracked(d2))
def f():
    pass
print("function", gc.is_tracked(f))
s = set()
print("set", gc.is_tracked(s))
