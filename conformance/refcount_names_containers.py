import sys
a = []
print(sys.getrefcount(a))
b = a
c = a
print(sys.getrefcount(a))
l = [a, a, a]
print(sys.getrefcount(a))
t = (a, l)
print(sys.getrefcount(a), sys.getrefcount(l), sys.getrefcount(t))
d = {"x": {}}
inner = d["x"]
print(sys.getrefcount(inner), sys.getrefcount(d))
s = {1: t}
print(sys.getrefcount(t))
del b, c
print(sys.getrefcount(a))
l[0] = None
print(sys.getrefcount(a))
del t
print(sys.getrefcount(a), sys.getrefcount(l))
s.clear()
print(sys.getrefcount(a), sys.getrefcount(l))
