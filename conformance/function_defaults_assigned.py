# A function's __defaults__ and __kwdefaults__ assigned after the def: the next call binds with them.
import sys
def f(a=1):
    return a
f.__defaults__ = (2,)
print(f(), f.__defaults__)
def g(a, b):
    return a, b
big = (1000, [5])
g.__defaults__ = big
print(g(), g(7), sys.getrefcount(big))
g.__defaults__ = None
print(g.__defaults__)
try:
    g()
except TypeError as e:
    print(e)
try:
    g.__defaults__ = [1]
except TypeError as e:
    print(e)
del f.__defaults__
try:
    f()
except TypeError as e:
    print(e)
def h(*, k=1, m):
    return k, m
h.__kwdefaults__ = {'k': 5, 'm': 6}
print(h(), h.__kwdefaults__)
try:
    h.__kwdefaults__ = (1,)
except TypeError as e:
    print(e)
def many(a, b=2):
    return a, b
many.__defaults__ = (1, 2, 3)
print(many(), many(9))
print(sys.getrefcount(big))
