import sys
v = []
d = {"a": v, "b": v}
print(sys.getrefcount(d), sys.getrefcount(v))
for k in d:
    print("for k in d:", sys.getrefcount(d))
for k in d.keys():
    print("keys():", sys.getrefcount(d))
for x in d.values():
    print("values():", sys.getrefcount(d), sys.getrefcount(x))
for k, x in d.items():
    print("items():", sys.getrefcount(d), sys.getrefcount(x))
for pair in d.items():
    print("pair:", sys.getrefcount(pair), sys.getrefcount(v))
del pair, k, x
ks = d.keys()
print("view held", sys.getrefcount(d), sys.getrefcount(ks))
del ks
print(sys.getrefcount(d), sys.getrefcount(v))
