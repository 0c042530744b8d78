# A named tuple on the heap: its size, its references, its tracking by the collector, cycles
# through it and the objects its class is made of.
import gc
import sys
import weakref
from collections import namedtuple

Point = namedtuple('Point', 'x y')
print('class refs', sys.getrefcount(Point))
p = Point(1000, 'two words')
print('class refs with an instance', sys.getrefcount(Point))
print('instance refs', sys.getrefcount(p))
q = p
pair = [p, p]
print('instance refs', sys.getrefcount(p))
del q, pair
print('sizes', sys.getsizeof(p), sys.getsizeof((1, 2)), sys.getsizeof(Point(1, 2)))
print('empty', sys.getsizeof(namedtuple('Empty', '')()), sys.getsizeof(()))
print('tracked', gc.is_tracked(p), gc.is_tracked(Point(1, 2)), gc.is_tracked((1, 2)))
gc.collect()
print('still tracked after a collection', gc.is_tracked(p))
print('referents', gc.get_referents(p))
print('field refs', sys.getrefcount(p.y))
a = p.x
print('field refs', sys.getrefcount(p.x))
del a
try:
    weakref.ref(p)
except TypeError as e:
    print(e)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


n = Point(Noisy('first'), Noisy('second'))
print('releasing')
del n
print('released')

gc.collect()
c = Point([], None)
c.x.append(c)
print('cycle tracked', gc.is_tracked(c))
del c
print('cycle collected', gc.collect())

d = Point(Noisy('in a cycle'), [])
d.y.append(d)
del d
print('with __del__', gc.collect())

# The class itself is in a cycle (its __mro__ holds it): the collector frees it and what it is made of.
Temp = namedtuple('Temp', 'a b c', defaults=[1, 2])
print(Temp(0))
del Temp
print('class collected', gc.collect())
Single = namedtuple('Single', ['value'])
s = Single(5)
print(s, sys.getrefcount(Single))
del Single
print('class kept by its instance', gc.collect())
del s
print('then collected', gc.collect())


def make():
    Local = namedtuple('Local', 'u v')
    return Local(1, 2)


r = make()
print(r, type(r).__module__)
del r
print('local class collected', gc.collect())
