import gc
gc.collect()
d = {}
d["self"] = d
print(d)
del d
print("self-cycle", gc.collect())
d1 = {"name": "d1"}
d2 = {"name": "d2", "other": d1}
d1["other"] = d2
del d1, d2
print("pair", gc.collect())
# a dict with non-str keys that refer back
k = (1, 2)
d = {k: [], 5: "five"}
d[k].append(d)
del d
print("list value refers back", gc.collect())
# a list inside a dict inside a list
outer = [{"inner": []}]
outer[0]["inner"].append(outer)
del outer
print("list-dict-list", gc.collect())
# dict of atomics: not tracked, never counted
plain = {"a": 1, "b": "two"}
print(gc.is_tracked(plain))
del plain
print("atomic dict", gc.collect())
