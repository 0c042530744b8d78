import sys
class Key:
    pass
k = Key()
v = []
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d2 = {k: k, "v": v}
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = []
print(sys.getrefcount(k), sys.getrefcount(v))
for key in d:
    print("in loop", sys.getrefcount(key))
print(sys.getrefcount(k))
del d[k]
print(sys.getrefcount(k))
d2.pop(k)
print(sys.getrefcount(k), sys.getrefcount(v))
d2.clear()
print(sys.getrefcount(v))
