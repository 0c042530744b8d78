# Named tuples the way tutorials and the Python docs use them.
import sys
from collections import namedtuple

# "Named tuples assign meaning to each position in a tuple."
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p[0] + p[1])
x, y = p
print(x, y)
print(p.x + p.y)
print(p)

# Records from rows, as csv or sqlite hand them over.
EmployeeRecord = namedtuple('EmployeeRecord', 'name, age, title, department, paygrade')
rows = [
    ('Ada', 36, 'engineer', 'R&D', 5),
    ('Grace', 45, 'admiral', 'Navy', 9),
]
for emp in map(EmployeeRecord._make, rows):
    print(emp.name, emp.title)

t = [11, 22]
print(Point._make(t))
print(p._asdict())
p = Point(x=11, y=22)
print(p._replace(x=33))
print(p._fields)
Color = namedtuple('Color', 'red green blue')
Pixel = namedtuple('Pixel', Point._fields + Color._fields)
print(Pixel(11, 22, 128, 255, 0))
print(getattr(p, 'x'))
d = {'x': 11, 'y': 22}
print(Point(**d))
Account = namedtuple('Account', ['type', 'balance'], defaults=[0])
print(Account._field_defaults)
print(Account('premium'))


# "Since a named tuple is a regular Python class, it is easy to add or change functionality."
class Point(namedtuple('Point', ['x', 'y'])):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f'Point: x={self.x:6.3f}  y={self.y:6.3f}  hypot={self.hypot:6.3f}'


for p in (Point(3, 4), Point(14, 5 / 7)):
    print(p)
print(repr(Point(3, 4)))
print(Point.__mro__)
print(Point._make([1, 1]), Point(1, 2)._replace(y=0))
Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3))


# A default for one field through __new__.
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    def __new__(cls, x, y=0):
        return super().__new__(cls, x, y)

    def plus(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def length(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


print(Vector(3), Vector(3, 4).length(), Vector(1, 2).plus(Vector(3)))

# Why use them: a named tuple costs what a tuple costs, a class instance with a dict more.
Card = namedtuple('Card', ['rank', 'suit'])
ranks = [str(n) for n in range(2, 11)] + list('JQKA')
deck = [Card(rank, suit) for suit in 'spades diamonds clubs hearts'.split() for rank in ranks]
print(len(deck), deck[0], deck[-1])
print(sys.getsizeof(deck[0]), sys.getsizeof(('2', 'spades')))
beer_card = Card('7', 'diamonds')
print(beer_card in deck, deck.index(beer_card))
print(sorted(deck[:3], key=lambda c: c.rank))
print(max(deck, key=lambda c: (ranks.index(c.rank), c.suit)))
