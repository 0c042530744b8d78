# enumerate, zip, map, filter, reversed, iter and next: real iterator objects, what they hold.
import gc
import sys


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"

    def __del__(self):
        print("del", self.name)


def shows(o, text):
    return repr(o)[: len(text)] == text


items = [Item("a"), Item("b"), Item("c")]
print(sys.getrefcount(items), sys.getrefcount(items[0]))

e = enumerate(items)
print(type(e), type(e).__name__, type(e) is enumerate, isinstance(e, enumerate))
print(shows(e, "<enumerate object at 0x"), iter(e) is e)
print(sys.getrefcount(items))
first = next(e)
print(first, type(first), sys.getrefcount(items[0]))
del first
print(next(e), sys.getrefcount(items[1]))
print(list(e), sys.getrefcount(items))
del e
print(sys.getrefcount(items))

# The loop's (index, item) tuple is reused: it still holds the item in the body.
for i, item in enumerate(items, start=1):
    print(i, item, sys.getrefcount(item))
for pos, item in enumerate(items, 10):
    pass
print(pos, item, sys.getrefcount(item))
del item

names = ["ann", "bob", "cy"]
ages = [31, 42]
z = zip(names, ages)
print(type(z).__name__, shows(z, "<zip object at 0x"), sys.getrefcount(names))
print(list(z), list(z))
del z
print(sys.getrefcount(names))
for name, it in zip(names, items):
    print(name, it, sys.getrefcount(it))
del it
print(dict(zip(names, ages)), list(zip()), list(zip(range(3))))
pairs = list(zip(names, items))
print(pairs, sys.getrefcount(items[0]))
del pairs
print(sys.getrefcount(items[0]))
try:
    list(zip(names, ages, strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    list(zip(ages, names, strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    list(zip([1], [2], [], strict=True))
except ValueError as err:
    print("ValueError:", err)
print(list(zip(names, names, strict=True)))

m = map(len, names)
print(type(m).__name__, shows(m, "<map object at 0x"), sys.getrefcount(names))
print(next(m), list(m))
del m


def describe(thing):
    return f"<{thing.name}>"


print(list(map(describe, items)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(sum(map(len, names)), list(map(str, range(3))))
f = filter(lambda it: it.name != "b", items)
print(type(f).__name__, shows(f, "<filter object at 0x"), sys.getrefcount(items))
print(list(f))
del f
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(bool, (0, 2))))
evens = filter(lambda n: n % 2 == 0, range(10))
print(list(evens), list(evens))

r = reversed(items)
print(type(r).__name__, shows(r, "<list_reverseiterator object at 0x"))
print(sys.getrefcount(items))
print(next(r), list(r), sys.getrefcount(items))
del r
print(list(reversed((1, 2, 3))), type(reversed((1,))).__name__, list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(type(reversed(range(3))).__name__, list(reversed([])))
for n in reversed(range(3)):
    print("countdown", n)

it = iter(items)
print(type(it).__name__, iter(it) is it, sys.getrefcount(items))
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as err:
    print("StopIteration", repr(err))
del it
print(sys.getrefcount(items))
print(next(iter("xy")), next(iter({"k": 1})), next(iter(range(4, 8))))

# Iterator objects are tracked by the collector; a cycle through one is collected.
holder = []
loop = zip(holder)
holder.append(loop)
print(gc.is_tracked(loop), gc.is_tracked(enumerate([])), gc.is_tracked(map(len, [])))
del holder, loop
print("collected", gc.collect() > 0)

for bad in (
    lambda: enumerate(),
    lambda: enumerate([], 1, 2),
    lambda: enumerate([], start="1"),
    lambda: enumerate(3),
    lambda: enumerate([], begin=1),
    lambda: zip([], 3),
    lambda: zip([], fill=None),
    lambda: map(len),
    lambda: map(len, 3),
    lambda: map(func=len),
    lambda: filter(len),
    lambda: filter(None, 5),
    lambda: reversed(),
    lambda: reversed({1, 2}),
    lambda: reversed(5),
    lambda: reversed(iter([])),
    lambda: next([]),
    lambda: next(),
    lambda: iter(),
    lambda: iter(5),
):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
print(list(enumerate(iterable="ab", start=5)), list(enumerate("ab", True)))
print("end")
