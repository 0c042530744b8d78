import sys
from sys import getrefcount
a = []
print(sys.getrefcount(a), getrefcount(a))
print(getrefcount is sys.getrefcount)
def f(x):
    return getrefcount(x)
print(f(a), f([]))
b = [a]
print(getrefcount(a))
