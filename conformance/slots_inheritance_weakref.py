# Weak references and __dict__ with __slots__, and what subclasses get back.
import gc
import sys
import weakref


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
try:
    weakref.ref(p)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.proxy(p)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.WeakValueDictionary()['p'] = p
except TypeError as e:
    print('TypeError:', e)


class WeakPoint:
    __slots__ = ('x', 'y', '__weakref__')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def gone(ref):
    print('callback: referent gone', ref() is None)


wp = WeakPoint(3, 4)
r = weakref.ref(wp, gone)
print(r() is wp, weakref.getweakrefcount(wp), sys.getrefcount(wp))
print(sys.getsizeof(wp), sys.getsizeof(p))
del wp
print('after del', r())


class Point3D(Point):
    def __init__(self, x, y, z):
        super_init = Point.__init__
        super_init(self, x, y)
        self.z = z


q = Point3D(1, 2, 3)
print(q.x, q.y, q.z, q.__dict__)
print(weakref.ref(q)() is q)
print(sys.getsizeof(q))
q.w = 'extra'
print(q.__dict__)


class Flexible:
    __slots__ = ('a', '__dict__')


f = Flexible()
f.a = 1
f.b = 2
print(f.a, f.__dict__, sys.getsizeof(f))
try:
    weakref.ref(f)
except TypeError as e:
    print('TypeError:', e)


class Narrow(Point):
    __slots__ = ('z',)


n = Narrow(5, 6)
n.z = 7
print(n.x, n.y, n.z, sys.getsizeof(n))
try:
    n.w = 1
except AttributeError as e:
    print('AttributeError:', e)
print(gc.get_referents(n)[-1] is Narrow, len(gc.get_referents(n)))

try:

    class Again(Point3D):
        __slots__ = ('__dict__',)

except TypeError as e:
    print('TypeError:', e)
try:

    class Twice:
        __slots__ = ('__weakref__', '__weakref__')

except TypeError as e:
    print('TypeError:', e)
