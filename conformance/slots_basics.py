# __slots__ as tutorials show it: no __dict__, fixed attributes, member descriptors.
import sys


class Point:
    __slots__ = ('y', 'x')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class PlainPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
print(Point.x)
print(Point.y)
print(type(Point.x))
print(Point.__slots__, p.__slots__)
print(hasattr(p, '__dict__'), hasattr(PlainPoint(1, 2), '__dict__'))

try:
    p.z = 3
except AttributeError as e:
    print('set z:', e)
    print(repr(e))

try:
    p.__dict__
except AttributeError as e:
    print('dict:', e)

empty = Point(5, 6)
del empty.x
try:
    print(empty.x)
except AttributeError as e:
    print('read unset:', e, e.name, e.obj is empty)
try:
    del empty.x
except AttributeError as e:
    print('del unset:', repr(e))
print(getattr(empty, 'x', 'default'), hasattr(empty, 'y'))
empty.x = 7
print(empty.x, empty.y)

print(sys.getsizeof(p), sys.getsizeof(PlainPoint(1, 2)))


class Counter:
    __slots__ = 'value'
    total = 0


c = Counter()
c.value = 10
print(Counter.__slots__, Counter.value, c.value)
try:
    c.total = 1
except AttributeError as e:
    print('class variable:', e)
try:
    del c.total
except AttributeError as e:
    print('del class variable:', e)
try:
    del c.other
except AttributeError as e:
    print('del other:', e)


class Empty:
    __slots__ = ()


print(sys.getsizeof(Empty()))
try:
    Empty().anything = 1
except AttributeError as e:
    print(e)

try:

    class Clash:
        __slots__ = ('a', 'b')
        b = 1

except ValueError as e:
    print('ValueError:', e)
try:

    class BadItem:
        __slots__ = ('a', 3)

except TypeError as e:
    print('TypeError:', e)
try:

    class BadName:
        __slots__ = ['a-b']

except TypeError as e:
    print('TypeError:', e)
