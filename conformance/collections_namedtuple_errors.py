# collections.namedtuple: CPython 3.11's errors, caught, and one uncaught from inside namedtuple.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


def set_x():
    p.x = 3


def del_x():
    del p.x


def set_z():
    p.z = 3


attempt('p.x = 3', set_x)
attempt('del p.x', del_x)
attempt('p.z = 3', set_z)
attempt('Point(1)', lambda: Point(1))
attempt('Point()', lambda: Point())
attempt('Point(1, 2, 3)', lambda: Point(1, 2, 3))
attempt('Point(1, x=2)', lambda: Point(1, x=2))
attempt('Point(1, z=2)', lambda: Point(1, z=2))
attempt('Point._make([1])', lambda: Point._make([1]))
attempt('Point._make(5)', lambda: Point._make(5))
attempt('p._replace(z=1)', lambda: p._replace(z=1))
attempt('p._replace(x=1, w=2, v=3)', lambda: p._replace(x=1, w=2, v=3))
attempt('p[2]', lambda: p[2])
attempt('p.w', lambda: p.w)
attempt('Point.x.__get__(5)', lambda: Point.x.__get__(5))
attempt('underscore', lambda: namedtuple('P', 'x _y'))
attempt('duplicate', lambda: namedtuple('P', 'x y x'))
attempt('keyword field', lambda: namedtuple('P', 'x def'))
attempt('keyword type', lambda: namedtuple('class', 'x'))
attempt('bad field', lambda: namedtuple('P', 'x 1y'))
attempt('bad type', lambda: namedtuple('1P', 'x'))
attempt('dash', lambda: namedtuple('P', 'x-y'))
attempt('int field', lambda: namedtuple('P', [1, 2]))
attempt('too many defaults', lambda: namedtuple('P', 'x', defaults=(1, 2)))
attempt('bad keyword', lambda: namedtuple('P', 'x', verbose=True))
attempt('no fields', lambda: namedtuple('P'))
attempt('tuple.__new__(int)', lambda: tuple.__new__(int, ()))


def make_pair():
    return namedtuple('Pair', 'left _right')


print('now uncaught')
Pair = make_pair()
