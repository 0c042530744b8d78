# collections.namedtuple: the ways of naming the fields, the class it makes, its instances.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
print(Point, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__doc__)
print(Point.__mro__)
print(Point.__bases__, Point.__slots__)
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(Point.x, Point.y)
print(Point.x.__doc__, type(Point.x))
print(Point.__new__, Point.__new__.__doc__, Point.__new__.__defaults__)
print(Point._make.__func__.__doc__)
print(Point.__repr__.__doc__)

p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], p[-1], p[:1])
print(len(p), list(p), tuple(p), type(tuple(p)))
x, y = p
print(x, y)
for v in p:
    print('item', v)
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), p < Point(1, 3))
print(hash(p) == hash((1, 2)), {p: 'p'}[(1, 2)], (1, 2) in {p})
print(isinstance(p, tuple), isinstance(p, Point), type(p), type(p) is Point)
print(issubclass(Point, tuple), p.count(1), p.index(2), p + (3,), p * 2)
print(str(p), repr(p), f'{p}', f'{p!r}', '%s and %r' % (p, p))
print(Point(y=5, x=4), Point(7, y=8), Point(**{'x': 9, 'y': 10}))

# The other spellings of the field names.
print(namedtuple('A', ['x', 'y'])(1, 2))
print(namedtuple('B', 'x, y')(1, 2))
print(namedtuple('C', 'x,y  z')(1, 2, 3))
print(namedtuple('D', ('x',))(1))
print(namedtuple('E', [])())
print(namedtuple('F', 'one')._fields, namedtuple('F', 'one')(1))

# Keywords: defaults, rename, module.
Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3))
print(Color._field_defaults, Color.__new__.__defaults__)
print(namedtuple('G', 'a b', defaults=(None, None))())
print(namedtuple('H', 'a b', defaults=iter([5]))(1))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_private', '1st'], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6))
M = namedtuple('M', 'a b', module='geometry')
print(M, M.__module__, M(1, 2))

# The helpers.
d = p._asdict()
print(d, type(d))
print(Point._make([3, 4]), Point._make(range(2)), Point._make('ab'))
print(p._replace(x=100), p._replace(), p)
print(p.__getnewargs__(), type(p.__getnewargs__()))
print(Point.x.__get__(p), Point.x.__get__(None, Point))
print(Point.__new__(Point, 5, 6), tuple.__new__(Point, (7, 8)))
