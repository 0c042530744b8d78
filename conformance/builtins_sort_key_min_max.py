# Sorting with key= and reverse=, list.sort, min and max, as tutorials write them.
import sys

words = ["banana", "Apple", "fig", "cherry", "date", "kiwi"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(["aaa", "b", "cc"], key=len))

# Stability: equal keys keep their order, also with reverse=True.
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))


class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __repr__(self):
        return f"Student({self.name!r}, {self.grade})"


students = [Student("ann", 90), Student("bob", 75), Student("cy", 90), Student("dee", 60)]
by_grade = sorted(students, key=lambda s: s.grade)
print(by_grade)
print(sys.getrefcount(students[0]))
students.sort(key=lambda s: s.name, reverse=True)
print(students)
print(sys.getrefcount(students[0]))
del by_grade
print(sys.getrefcount(students[0]))

# The key function is called once per item, first to last, before any comparison.
calls = []


def noisy_key(x):
    calls.append(x)
    return -x


nums = [3, 1, 2]
nums.sort(key=noisy_key)
print(nums, calls)

# While it sorts, the list looks empty.
seen = []
data = [5, 4, 6]
data.sort(key=lambda x: seen.append(len(data)) or x)
print(data, seen)

# Keys are held until the sort ends.
held = []


class Tracker:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        held.append(self.v)


def tracked_key(v):
    return (v, Tracker(v))


r = sorted([2, 3, 1], key=tracked_key)
print(r, held)
held.clear()
r = sorted([2, 3, 1], key=tracked_key, reverse=True)
print(r, held)

big = [object(), object()]
first = big[0]
print(sys.getrefcount(first))
big.sort(key=id)
print(sys.getrefcount(first))

# Errors from the key function propagate, and the list is left as it was.
mixed = [3, "x", 1]


def bad_key(v):
    if v == 1:
        raise ValueError("no key for 1")
    return v


try:
    mixed.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, mixed)
try:
    sorted([1, "a"], key=lambda v: v)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(len)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], len)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], cmp=len)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], reverse="yes")
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
grow = [1, 2]
try:
    grow.sort(key=lambda v: grow.append(v) or v)
except ValueError as e:
    print("ValueError:", e, grow)
print(sorted([3, 1, 2], key=None), sorted([1, 2], reverse=1), sorted([1, 2], reverse=0))
letters = list("hello")
print(letters.sort(), letters)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))

# min and max.
print(min(3, 1, 2), max(3, 1, 2), min([4, 8, 2]), max("hello"))
print(min(words, key=len), max(words, key=len), max(words, key=str.lower))
print(min([], default=None), max([], default="empty"), min([7], default=0))
print(max(students, key=lambda s: s.grade), min(students, key=lambda s: s.grade))
print(max([1, 3, 3.0], key=lambda v: v), min([2, 2.0]), max(1, 1.0))
print(max([[1], [1, 2]], key=len), min((5, 6), (5, 4)), max(range(10), key=lambda v: v % 4))
print(min([3, 1], key=None), max(1, 2, key=lambda v: -v))
scores = {"ann": 90, "bob": 75, "cy": 95}
print(max(scores, key=scores.get), min(scores.values()), max(scores.items(), key=lambda kv: kv[1]))
x = [10]
y = [20]
m = max([x, y], key=lambda v: v[0])
print(m is y, sys.getrefcount(y))
del m
print(sys.getrefcount(y))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(3)
except TypeError as e:
    print("TypeError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max([], dflt=1)
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, 2], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
