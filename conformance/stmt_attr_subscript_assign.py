import sys
class Box:
    pass
v = []
b = Box()
b.item = v
print(sys.getrefcount(v))
l = [0, 1, 2]
l[1] = v
l[-1] = v
print(l, sys.getrefcount(v))
d = {}
d["k"] = v
d["k2"] = v
print(sys.getrefcount(v))
d["k"] = 0
l[1] = 1
b.item = None
print(d, l, sys.getrefcount(v))
k = Box()
d[k] = "value"
print(sys.getrefcount(k), d[k])
