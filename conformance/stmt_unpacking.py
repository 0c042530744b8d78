import sys
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[p, q, r] = "xyz"
print(p, q, r)
x = []
y = {}
t = (x, y)
m, n = t
print(sys.getrefcount(x), sys.getrefcount(y))
del t
print(sys.getrefcount(x), sys.getrefcount(y))
(i, j), k = [1, 2], 3
print(i, j, k)
for key, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(key, v1 + v2)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    u, v, w = (1, 2)
except ValueError as e:
    print(e)
