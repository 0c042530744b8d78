import sys
import gc

squares = [n * n for n in range(10)]
print(squares)
evens = [n for n in range(20) if n % 2 == 0 if n % 3 == 0]
print(evens)
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs)
print({c for c in "mississippi"} == set("misp"))
print(sorted({c for c in "mississippi"}))


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __del__(self):
        print("del", self.name)


people = [Person("ann", 31), Person("bob", 25), Person("cy", 40)]
ages = {p.name: p.age for p in people}
print(ages)
by_name = {p.name: p for p in people if p.age > 30}
print(sorted(by_name))
print(sys.getrefcount(people[0]))
print([sys.getrefcount(p) for p in people])
x = "global x"
print([x for x in range(3)], x)


def scale(items, factor):
    return [i * factor for i in items]


print(scale([1, 2, 3], 10))


def make_multipliers():
    return [lambda v, k=k: v * k for k in range(3)]


print([m(2) for m in make_multipliers()])


def late_binding():
    fs = [lambda: k for k in range(3)]
    return [f() for f in fs]


print(late_binding())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
del people
print("people deleted")
del by_name
print("by_name deleted")
try:
    print([1 / n for n in [1, 0]])
except ZeroDivisionError as e:
    print("error:", e)
print(gc.collect())
