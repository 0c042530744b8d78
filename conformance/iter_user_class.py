# A class of one's own made iterable by __iter__: returning a built-in iterator, or written as a
# generator (the tutorial way). for, list(), sorted(), unpacking and comprehensions all use it,
# and the iterator keeps the instance's list alive while the loop runs.
import sys


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


b = Bag([1, 2, 3])
for x in b:
    print(x, sys.getrefcount(b.items))
print(list(b), sorted(b, reverse=True), tuple(b), set(b))
print(sys.getrefcount(b.items))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


c = Countdown(3)
print(list(c))
print([x * 2 for x in Countdown(2)])
print(sum(Countdown(4)), max(Countdown(4)), min(c))
first, second, third = c
print(first, second, third)
it = iter(c)
print(type(it).__name__, next(it), sys.getrefcount(c))
del it
print(sys.getrefcount(c))


class Broken:
    def __iter__(self):
        return 42


try:
    for x in Broken():
        pass
except TypeError as e:
    print("TypeError:", e)


class NotIterable:
    __iter__ = None


try:
    list(NotIterable())
except TypeError as e:
    print("TypeError:", e)
