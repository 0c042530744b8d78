# Set algebra with operators and methods: the result's order, in-place updates keeping the
# object, and the references each result holds.
import sys

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, [4]), a.difference(b, [1]), a.symmetric_difference(b))
print(a <= a | b, a < a, a >= {1}, a > {1, 2, 3, 4}, {1} < a, a.issubset([1, 2, 3, 4, 5]))
print(a.issuperset((1, 2)), a.isdisjoint({9}), a.isdisjoint(b), a == {4, 3, 2, 1})

# In place: the same set object.
s = a
a |= {10}
a &= {1, 2, 10, 11}
a -= {2}
a ^= {1, 99}
print(a, s is a)
s.update([5], (6,))
s.intersection_update({5, 6, 10, 99, 100})
s.difference_update([6])
s.symmetric_difference_update({10, 7})
print(s)
c = s.copy()
print(c, c is s, c == s)

# Results take the left operand's type.
fz = frozenset([1, 2])
print(type(fz | {3}).__name__, type({3} | fz).__name__, type(fz - {1}).__name__, {1, 2} == fz)

# Bigger sets: iteration order follows CPython's tables.
left = set(range(0, 40, 3))
right = set(range(0, 40, 5))
print(left | right)
print(left & right, left - right, left ^ right)
left -= set(range(0, 40, 2))
print(left, sys.getsizeof(left))
grow = set()
for i in range(20):
    grow |= {i * 7}
print(grow, sys.getsizeof(grow))


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item({self.n})"

    def __del__(self):
        print("del", self.n)


i1, i2, i3 = Item(1), Item(2), Item(3)
x = {i1, i2}
y = {i2, i3}
print(sys.getrefcount(i1), sys.getrefcount(i2), sys.getrefcount(i3))
both = x & y
either = x | y
only = x ^ y
print(sys.getrefcount(i1), sys.getrefcount(i2), sys.getrefcount(i3))
del both, either, only
print(sys.getrefcount(i1), sys.getrefcount(i2), sys.getrefcount(i3))
del i1, i3
x &= y
print("after &=", len(x))
y -= x
print("after -=", len(y))
del x
print("end")

for bad in [lambda: {1} | [2], lambda: {1} & "ab", lambda: {1} - (1,), lambda: {1} < [1], lambda: {1} + {2}]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
t = {1}
try:
    t |= [2]
except TypeError as err:
    print("TypeError:", err)
print(t | set(), t - t, t ^ t, t & t)
