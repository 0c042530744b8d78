# set's methods: results in CPython's iteration order, which object a result keeps, the
# temporary sets, the release order (seen through __del__), pop's finger, and their errors.
import sys

a = {1, 2, 3, 4, 5, 40, 17}
b = {4, 5, 6, 7, 8, 33}
print(a.union(b), a.union(), a.union([100, 9], (3, 200), {300: 1}))
print(a.intersection(b), a.intersection(), a.intersection(range(3, 50), [5, 40, 4]))
print(a.difference(b), a.difference(), a.difference([1], {2: 0}, {3}))
print(a.symmetric_difference(b), a.symmetric_difference([1, 99, 1]), b.symmetric_difference({4: 'a'}))
print(a.issubset(b), {4, 5}.issubset(b), {4, 5}.issubset([4, 5, 6]), set().issubset([]))
print(a.issuperset({1, 2}), a.issuperset([1, 99]), a.issuperset(x for x in [1, 2]), a.issuperset(a))
print(a.isdisjoint(b), a.isdisjoint({100}), a.isdisjoint([100, 1]), a.isdisjoint(a), set().isdisjoint(set()))
print(a.copy(), a.copy() == a, a.copy() is a, a.union() is a, a.intersection() is a)

big = set(range(100))
small = {3, 50, 1000}
print(small.difference(big), big.difference(small) == big - {3, 50} if False else len(big.difference(small)))
print(small.intersection(big), big.intersection(small), small.difference_update(big), small)

c = {1, 2}
c.update([3], {4: 0}, {5, 6}, 'ab')
print(sorted(c, key=str))
c.difference_update([1, 2], {3})
print(sorted(c, key=str))
c.intersection_update({4, 5, 'a', 'zz'}, [4, 'a', 5])
print(sorted(c, key=str))
c.symmetric_difference_update(['a', 7])
print(sorted(c, key=str))
c.symmetric_difference_update(c)
print(c)

# Equal objects: which one the result keeps.
x = {1, 2.0, True}
print(x, {1.0, 2}.union({1, 2.0, 3}), {1.0, 2}.intersection([1, 2]), {1, 2}.intersection({1.0, 2.0, 3.0}))

# pop: from the table's start, then from the finger on.
p = {5, 6, 7, 8, 100, 33}
print([p.pop() for _ in range(3)], p)
p.add(1)
print(p.pop(), p.pop(), p)
q = set(range(20))
for i in range(0, 20, 3):
    q.discard(i)
print([q.pop() for _ in range(5)], q)

tests = [
    lambda: set().pop(),
    lambda: a.copy(1),
    lambda: a.pop(1),
    lambda: a.union(x=1),
    lambda: a.union(1),
    lambda: a.update([[1]]),
    lambda: a.symmetric_difference(),
    lambda: a.issubset(),
    lambda: a.issubset(1, 2),
    lambda: a.isdisjoint(5),
    lambda: a.intersection([[]]),
    lambda: a.difference(1),
    lambda: a.issuperset(1),
    lambda: a.symmetric_difference_update(1),
    lambda: a.intersection_update(x=1),
    lambda: set.union(1, 2),
    lambda: a.difference_update([[]]),
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(a))


class Item:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return ord(self.name) * 7

    def __repr__(self):
        return self.name

    def __del__(self):
        print('del', self.name)


items = [Item(n) for n in 'abcdef']
s = set(items)
t = set(items[2:])
del items
print('intersection_update')
s.intersection_update(t)
print('difference_update')
t.difference_update(s.copy())
print('symmetric_difference_update')
s.symmetric_difference_update([Item('g')])
print('pop')
popped = s.pop()
print(sys.getrefcount(popped))
del popped
print('clear')
s.clear()
print('done')

r = {10, 20}
u = r.union([30])
print(sys.getrefcount(u), sys.getrefcount(r))
k = 'some key'
m = {k}.union([k])
print(sys.getrefcount(k))
print(sys.getsizeof(set(range(10)).copy()), sys.getsizeof({1, 2, 3}.union(range(50))), sys.getsizeof(set(range(40)).intersection(range(5))))
