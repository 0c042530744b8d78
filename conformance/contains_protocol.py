# `in` on objects of one's own: __contains__ (its result taken as a truth value), else iteration
# (__iter__, a generator), else CPython's TypeError.
import sys


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __contains__(self, x):
        print("__contains__", x, sys.getrefcount(self))
        return len([i for i in self.items if i == x])


class Letters:
    def __iter__(self):
        print("__iter__")
        return iter("abc")


b = Bag(1, 2, 2)
print(2 in b, 5 in b, 5 not in b)
print("b" in Letters(), "z" in Letters())
gen = (n * n for n in range(10))
print(9 in gen, next(gen), 4 in gen)
for bad in (5, None, object()):
    try:
        1 in bad
    except TypeError as e:
        print("TypeError:", e)
