import sys
x = []
l = [10, x, 20, x, 30, 20]
print(l.index(20), l.index(x), l.count(20), l.count(x), l.count(99))
print(l.pop(), l.pop(0), l)
got = l.pop(0)
print(got is x, sys.getrefcount(x))
del got
print(sys.getrefcount(x))
l.remove(x)
print(l, sys.getrefcount(x))
l.remove(20)
print(l, l.pop(-1), l)
l = [x, x, x]
print(sys.getrefcount(x))
print(l.clear(), l, sys.getrefcount(x))
