# "Use __slots__ to save memory", as a tutorial shows it.
import gc
import sys


class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithSlots:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


a = WithDict(1, 2)
b = WithSlots(1, 2)
print('instance sizes:', sys.getsizeof(a), sys.getsizeof(b))
print(hasattr(a, '__dict__'), hasattr(b, '__dict__'))
setattr(b, 'x', 10)
print(getattr(b, 'x'), b.x)
del b.x
print(hasattr(b, 'x'), getattr(b, 'x', None))
try:
    getattr(b, 'z')
except AttributeError as e:
    print(e)
try:
    setattr(b, 'z', 1)
except AttributeError as e:
    print(e)
print(gc.is_tracked(b), gc.get_referents(b)[0], gc.get_referents(b)[1] is WithSlots)

points = []
for i in range(1000):
    points.append(WithSlots(i, i * 2))
total = 0
for p in points:
    total += sys.getsizeof(p)
print('1000 slotted points:', total, 'bytes')
del p, points


class Big:
    __slots__ = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']


print(sys.getsizeof(Big()))


class Base:
    __slots__ = ('a',)


class Mid(Base):
    __slots__ = ('b',)


class Leaf(Mid):
    __slots__ = ('c', '__dict__', '__weakref__')


leaf = Leaf()
leaf.a = 1
leaf.b = 2
leaf.c = 3
leaf.d = 4
print(sys.getsizeof(leaf), leaf.__dict__, leaf.a, leaf.b, leaf.c, leaf.d)
print(Leaf.a, Leaf.b, Leaf.c)
print(Leaf.__slots__, Mid.__slots__)
print(len(gc.get_referents(leaf)))
