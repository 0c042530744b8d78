# The seed's first live demo, as a script.
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
l = [1, 2, 3, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
del l
print(sys.getrefcount(a))
