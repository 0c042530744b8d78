import sys
v = []
d = {"k": v}
for x in d.values():
    print("values()", sys.getrefcount(x))
for k, x in d.items():
    print("items()", sys.getrefcount(x))
for k in d:
    print("keys", sys.getrefcount(d[k]))
