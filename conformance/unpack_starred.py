# Starred assignment targets (UNPACK_EX): the items before and after the star are taken from the
# iterator, the rest becomes a new list; CPython's ValueError texts when there are too few.
import sys

a, *b = (1, 2, 3, 4)
print(a, b, type(b).__name__, sys.getsizeof(b))
*a, b = [1, 2, 3, 4]
print(a, b, sys.getsizeof(a))
first, *_, last = range(10)
print(first, _, last, sys.getsizeof(_))
*rest, = 'abc'
print(rest)
a, *b = [1]
print(a, b, sys.getsizeof(b))
a, *b, c = 'xy'
print(a, b, c)
[a, *b] = (5, 6, 7)
print(a, b)
(a, *b), c = (1, 2, 3), 4
print(a, b, c)
a, *(b, c) = 1, 2, 3
print(a, b, c)
head, *tail = (x * x for x in range(20))
print(head, tail, sys.getsizeof(tail))
head, *tail = (x for x in range(3))
print(tail, sys.getsizeof(tail))
k, *ks = {'one': 1, 'two': 2, 'three': 3}
print(k, ks)


class Box:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return f'Box({self.label!r})'

    def __del__(self):
        print('del', self.label)


boxes = [Box('a'), Box('b'), Box('c'), Box('d')]
one, *middle, last = boxes
print(sys.getrefcount(boxes[1]), sys.getrefcount(middle))
del boxes
print(middle)
middle = None
print('middle gone')
del one, last

for x, *ys in [(1, 2, 3), (4,), 'ab']:
    print(x, ys)

for i, (k, *v) in enumerate([('a', 1, 2), ('b',)]):
    print(i, k, v)


class Point:
    pass


p = Point()
p.x, *p.rest = [1, 2, 3]
d = {}
d['a'], *d['b'] = 'hey'
print(p.x, p.rest, d)


def parts(seq):
    first, *others = seq
    return first, others


print(parts([1, 2, 3]), parts('hi'))

for bad in [(), [1], 'a', range(1)]:
    try:
        x, y, *z = bad
    except ValueError as e:
        print(type(bad).__name__, e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
try:
    *x, y, z = iter([7])
except ValueError as e:
    print(e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
try:
    a, *b = None
except TypeError as e:
    print(e)


def gen():
    yield 1
    yield 2
    raise KeyError('inside')


try:
    a, *b = gen()
except KeyError as e:
    print('KeyError', e)
print(a, b)

a, *b, c = x, *y, z = 1, 2, 3, 4, 5
print(a, b, c, x, y, z)
*a, b, c = (9, 8)
print(a, b, c)

# Comprehension targets (parenthesized: see docs/python-support.md for the bare form).
print([b for (a, *b) in [(1, 2, 3), (4,)]])
print({k: v for [k, *v] in ['ab', 'c']})
print(list(rest for (first, *rest) in [(1, 2), 'xyz']))
