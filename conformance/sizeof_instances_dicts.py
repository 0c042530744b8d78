# An instance and its __dict__: 3.11 keeps attributes inline, and a materialised __dict__ is a
# split table over the class's shared keys, whose room shrinks with every instance created.
import sys
import weakref


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i) for i in range(5)]
print("instance:", sys.getsizeof(points[0]))
print("dicts:", [sys.getsizeof(p.__dict__) for p in points])
p = points[0]
d = p.__dict__
del p.x
print(sys.getsizeof(d), d)
p.x = 3
p.z = 4
print(sys.getsizeof(d), d)
d["w"] = 1
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d), sys.getsizeof(p))
p.a = 1
print(sys.getsizeof(d))
q = Point(1, 2)
q.__dict__[5] = 1
print("non-str key:", sys.getsizeof(q.__dict__))


class Empty:
    pass


many = []
for i in range(35):
    many.append(Empty())
    print(sys.getsizeof(many[0].__dict__), end=" ")
print()
wide = Empty()
for i in range(31):
    setattr(wide, "n%d" % i, i)
print(sys.getsizeof(wide), sys.getsizeof(wide.__dict__))


def f():
    pass


def outer():
    x = 1

    def inner():
        return x

    return inner


print(sys.getsizeof(f), sys.getsizeof(outer()), sys.getsizeof(lambda: 0), sys.getsizeof(Point),
      sys.getsizeof(int), sys.getsizeof(sys), sys.getsizeof(print), sys.getsizeof([].append))
print(sys.getsizeof(p.__init__), sys.getsizeof(Point.__init__), sys.getsizeof(object()))
print(sys.getsizeof(weakref.ref(p)), sys.getsizeof(weakref.ref(p, lambda r: None)),
      sys.getsizeof(weakref.proxy(p)))
print(sys.getsizeof(range(10)), sys.getsizeof(iter([])), sys.getsizeof(iter(())),
      sys.getsizeof(iter(range(3))), sys.getsizeof(iter("abc")), sys.getsizeof(enumerate([])),
      sys.getsizeof(zip()), sys.getsizeof(map(len, [])), sys.getsizeof(reversed([])))
print(sys.getsizeof(ValueError("x")), sys.getsizeof(KeyError(1, 2)))
