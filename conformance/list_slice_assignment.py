# Slice assignment and deletion on lists: the values, the order in which replaced items die, and
# the references each step holds (listobject.c: list_ass_slice and list_ass_subscript).
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return f"D({self.name!r})"


a = [D("a0"), D("a1"), D("a2"), D("a3")]
print("replace two with three")
a[1:3] = [D("n1"), D("n2"), D("n3")]
print(a)
print("delete a contiguous slice")
del a[0:2]
print(a)
print("extended assignment")
b = [D(f"b{i}") for i in range(6)]
b[::2] = [D("x0"), D("x1"), D("x2")]
print(b)
print("negative step assignment")
b[::-2] = [D("y0"), D("y1"), D("y2")]
print(b)
print("extended deletion, negative step")
del b[::-2]
print(b)
print("clear by slice")
a[:] = []
print(a, b)
del b[:]
print("after clear")

# The assigned sequence: a list or tuple is used as it is, anything else becomes a list first.
x = object()
src = [x, x]
c = [1, 2, 3]
c[0:1] = src
print(len(c), sys.getrefcount(x))
c[1:2] = (x,)
print(sys.getrefcount(x))
c[:] = iter([x, x, x])
print(c.count(x), sys.getrefcount(x))
c[:] = c
print(len(c))
c[::-1] = c
print(len(c))
c[1:1] = "ab"
print(c[:4] == [x, "a", "b", x])

# Errors with CPython's messages; nothing changes.
def attempt(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def short_extended():
    c[::2] = [1]


def not_iterable():
    c[0:1] = 5


def not_iterable_extended():
    c[::2] = 5


def zero_step():
    c[::0] = []


def tuple_slice():
    t = (1, 2)
    t[0:1] = [3]


for f in (short_extended, not_iterable, not_iterable_extended, zero_step, tuple_slice):
    attempt(f)
print(len(c))
