import sys
a = []
b = {}
c = a if b else b
print(sys.getrefcount(a), sys.getrefcount(b))
c = a or b
print(sys.getrefcount(a), sys.getrefcount(b))
c = b and a
print(sys.getrefcount(a), sys.getrefcount(b))
c = [a][0]
print(sys.getrefcount(a))
c = {"k": a}["k"]
print(sys.getrefcount(a))
c = (a, b)[1]
print(sys.getrefcount(a), sys.getrefcount(b))
del c
print(sys.getrefcount(a), sys.getrefcount(b))
print(sys.getrefcount(a) == sys.getrefcount(a), a is a)
print(sys.getrefcount([a, a]), sys.getrefcount(a))
print(len([a]) + sys.getrefcount(a))
x = y = a
print(sys.getrefcount(a))
