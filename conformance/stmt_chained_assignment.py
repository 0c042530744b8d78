import sys
a = b = c = []
print(a is b, b is c, sys.getrefcount(a))
a.append(1)
print(a, b, c)
x = y = 10
x += 1
print(x, y)
class O:
    pass
o = O()
o.p = o.q = d = {}
print(sys.getrefcount(d))
l = [None, None]
l[0] = l[1] = m = [5]
print(l, sys.getrefcount(m))
del a, b
print(sys.getrefcount(c))
