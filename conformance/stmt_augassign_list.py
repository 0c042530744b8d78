import sys
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
a += (4,)
a += "xy"
print(b)
a *= 2
print(b, a is b)
c = a + [0]
print(c is a, len(c), len(a))
x = []
l = []
l += [x, x]
print(sys.getrefcount(x))
l *= 2
print(sys.getrefcount(x), len(l))
