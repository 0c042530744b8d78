# The iterator protocol written by hand, as tutorials teach it: a class with __iter__ returning
# self and __next__ raising StopIteration; the references a running loop holds, and next() with
# and without a default.
import sys


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration("done")
        self.current -= 1
        return self.current + 1


class Reverse:
    """An iterable whose iterator is a separate object."""

    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return ReverseIterator(self.data)


class ReverseIterator:
    def __init__(self, data):
        self.data = data
        self.index = len(data)

    def __iter__(self):
        return self

    def __next__(self):
        if self.index == 0:
            raise StopIteration
        self.index -= 1
        return self.data[self.index]

    def __del__(self):
        print("iterator freed at", self.index)


for n in Countdown(3):
    print("countdown", n)

c = Countdown(2)
print(sys.getrefcount(c))
for n in c:
    print(n, sys.getrefcount(c))
print(sys.getrefcount(c), list(c), list(Countdown(4)))

letters = Reverse("abc")
for ch in letters:
    print(ch)
print(list(zip(Reverse([1, 2]), Countdown(5))), sum(Countdown(4)), max(Reverse([3, 9, 4])))

it = Countdown(1)
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(sorted(Countdown(3)), "x" in Reverse("xyz"), dict(zip(Countdown(2), Reverse("ab"))))


class NotAnIterator:
    def __iter__(self):
        return 42


try:
    iter(NotAnIterator())
except TypeError as e:
    print("TypeError:", e)
try:
    next(letters)
except TypeError as e:
    print("TypeError:", e)
