# Generator expressions: a <genexpr> function called with the iterator of the first iterable,
# which is evaluated at once; the rest runs lazily, one element per next().
import sys

xs = [1, 2, 3, 4]
print(sum(x * x for x in xs))
print(list(x for x in xs if x % 2 == 0))
print(any(x > 3 for x in xs), all(x > 0 for x in xs))
print(max(x % 3 for x in xs), min((x for x in xs), key=lambda v: -v))
print(sorted((x for x in "banana"), reverse=True))
print(dict((k, len(k)) for k in ["a", "bb"]))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(tuple(c.upper() for c in "hey"))
print(set(x // 2 for x in xs))

g = (x * 10 for x in xs)
print(g)
print(type(g).__name__, g.__name__, g.__qualname__)
print("list held by the genexpr's iterator:", sys.getrefcount(xs))
print(next(g), next(g))
print(list(g), list(g))
print("list after exhaustion:", sys.getrefcount(xs))


def log(v):
    print("computing", v)
    return v


lazy = (log(x) for x in range(3))
print("made")
for v in lazy:
    print("got", v)

try:
    bad = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)

late = (1 / x for x in [1, 0])
print(next(late))
try:
    next(late)
except ZeroDivisionError as e:
    print("ZeroDivisionError when running:", e)

x = "outer x"
print(list(x for x in "ab"), x)


def scaled(factor, values):
    return list(v * factor for v in values)


print(scaled(3, [1, 2]))


def make_gens():
    return [(i * n for n in range(3)) for i in range(3)]


print([list(g) for g in make_gens()])


class Big:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Big", self.n, "freed")


items = [Big(1), Big(2)]
gen = (b.n for b in items)
del items
print(next(gen))
print("dropping the generator expression")
del gen
print("nested:", sum(sum(row) for row in [[1, 2], [3, 4]]))
print(list(y for y in (x * 2 for x in range(3))))
print(", ".join(str(n) for n in range(5)))
