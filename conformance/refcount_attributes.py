import sys
class Holder:
    pass
v = []
h = Holder()
print(sys.getrefcount(h))
h.x = v
h.y = v
print(sys.getrefcount(v))
h.me = h
print(sys.getrefcount(h))
h.me = None
other = Holder()
other.h = h
print(sys.getrefcount(h))
del h.x
print(sys.getrefcount(v))
h2 = Holder()
h2.y = v
print(sys.getrefcount(v))
del other, h2
print(sys.getrefcount(h), sys.getrefcount(v))
del h
print(sys.getrefcount(v))
