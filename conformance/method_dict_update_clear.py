import sys
v = []
d = {"x": 1, "y": v}
print(list(d.keys()), list(d.items()))
d.update({"z": 3, "x": 10})
print(d)
d.update(w=v)
d.update([("p", 1), ("q", 2)])
print(d, sys.getrefcount(v))
print(d.update({}))
d.clear()
print(d, len(d), sys.getrefcount(v))
e = dict(a=1, b=[2])
print(e, dict([("k", "v")]), dict({"c": 3}))
