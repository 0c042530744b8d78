import sys
class K:
    pass
k = K()
print(sys.getrefcount(k))
s = {k}
print("display", sys.getrefcount(k))
del s
print("display deleted", sys.getrefcount(k))
s = {k, k}
print("duplicate display", sys.getrefcount(k))
s = None
print(sys.getrefcount(k))
s = set([k, k])
print("set(list)", sys.getrefcount(k))
s.add(k)
print("add again", sys.getrefcount(k))
s.discard(k)
print("discarded", sys.getrefcount(k))
s = {k}
s.clear()
print("cleared", sys.getrefcount(k))
