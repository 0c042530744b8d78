# copy.copy shares the items, copy.deepcopy copies them once each (shared stays shared).
import copy
import gc
import sys


class Item:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("del", self.label)

    def __repr__(self):
        return f"Item({self.label})"


shared = [1, 2]
original = [shared, shared, {"key": shared}, (shared, 3), "text"]
print(sys.getrefcount(shared))
flat = copy.copy(original)
print(flat[0] is shared, flat is not original, sys.getrefcount(shared))
deep = copy.deepcopy(original)
print(deep)
print(deep[0] is deep[1], deep[0] is deep[2]["key"], deep[3][0] is deep[0], deep[0] is not shared)
print(deep[4] is original[4], sys.getrefcount(deep[0]))
atoms = (1, "a", None, 2.5)
print(copy.deepcopy(atoms) is atoms, copy.copy(atoms) is atoms)
cycle = [Item("x")]
cycle.append(cycle)
twin = copy.deepcopy(cycle)
print(twin, twin[1] is twin, twin[0] is not cycle[0])
print(sys.getrefcount(twin), sys.getrefcount(twin[0]))
del twin
print("deleted the twin")
print("collected:", gc.collect())
d = {"self": None, "items": [Item("y")]}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2, d2["items"][0] is not d["items"][0])
del d, d2
print("collected:", gc.collect())
s = {1, 2, 3}
print(copy.copy(s), copy.deepcopy(s), copy.deepcopy(s) is s)
t = ([1], [2])
t2 = copy.deepcopy(t)
print(t2, t2 is t, t2[0] is t[0])
del cycle
print("collected:", gc.collect())
