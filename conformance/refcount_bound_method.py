import sys
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print(sys.getrefcount(c))
print(c.m())
bm = c.m
print(sys.getrefcount(c), sys.getrefcount(bm))
print(bm())
bm2 = c.m
print(sys.getrefcount(c), bm2 is bm)
del bm, bm2
print(sys.getrefcount(c))
l = []
app = l.append
print(sys.getrefcount(l))
app(1)
del app
print(sys.getrefcount(l), l)
methods = [c.m, c.m]
print(sys.getrefcount(c))
methods.clear()
print(sys.getrefcount(c))
