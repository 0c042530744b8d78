# Unpacking in list, tuple, set and dict displays, and what each new container holds.
import sys


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print("deleting", self.name)


a = Item("a")
b = Item("b")
first = [a, b]
second = (b,)
print("before:", sys.getrefcount(a), sys.getrefcount(b))

merged = [*first, *second]
print(merged, sys.getrefcount(a), sys.getrefcount(b))
as_tuple = (*first, Item("extra"))
print(as_tuple)
as_set = {*"hello"}
print(sorted(as_set), len(as_set))
both = [*range(3), *"xy", *{"k": 1}]
print(both)
defaults = {"color": "red", "size": a}
override = {**defaults, "size": b, "shape": Item("circle")}
print(override)
print(sys.getrefcount(a), sys.getrefcount(b))
del override
print("override gone")
chained = {**{"x": 1}, **{"y": 2}, "z": 3, **{"x": 4}}
print(chained)
empty = [*[], *()]
print(empty, (*[],), {**{}})
del merged, as_tuple
print(sys.getrefcount(a), sys.getrefcount(b))
print("end")
