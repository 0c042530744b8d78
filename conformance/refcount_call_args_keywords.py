import sys
def f(x, y):
    return y
def g(x, y, z=0):
    return (y, z)
a = []
print(f(x=a, y=sys.getrefcount(a)))
print(f(a, y=sys.getrefcount(a)))
print(g(a, a, z=sys.getrefcount(a)))
print(f(a, f(a, sys.getrefcount(a))))
print(f(a, g(a, sys.getrefcount(a))))
print(a, sys.getrefcount(a), sep=" rc=")
print(a, end=" " + str(sys.getrefcount(a)) + "\n")
class C:
    def m(self, x, n=0):
        return n
c = C()
print(c.m(a, n=sys.getrefcount(a)), c.m(c, sys.getrefcount(c)))
print(c.m(x=c, n=sys.getrefcount(c)))
print(sys.getrefcount(a), sys.getrefcount(c))
