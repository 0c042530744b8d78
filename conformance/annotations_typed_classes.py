# Typed classes without dataclasses: annotations are stored, never enforced, and they hold
# references to what they name.
import gc
import sys

print("module annotations at the start:", __annotations__)
count: int = 0
name: str
print(__annotations__)


class Vector:
    """A 2-D vector."""

    x: float
    y: float = 0.0
    tag: "str" = "v"

    def __init__(self, x: float, y: float = 0.0) -> None:
        self.x = x
        self.y = y

    def scaled(self, k: float) -> "Vector":
        result: Vector = Vector(self.x * k, self.y * k)
        return result

    def __repr__(self) -> str:
        return f"Vector({self.x}, {self.y})"


print(Vector.__annotations__)
print(Vector.y, Vector.tag)
print(Vector.__init__.__annotations__)
print(Vector.scaled.__annotations__)
v = Vector(1.5)
print(v.scaled(2), v.__dict__)
print("not enforced:", Vector("a", "b"))
print(hasattr(Vector, "x"))


class Shape:
    pass


print("refs to Shape:", sys.getrefcount(Shape))


def area(s: Shape, scale: Shape = None, *rest: Shape, unit: Shape, **extra: Shape) -> Shape:
    "Compute an area."
    return s


print("after def:", sys.getrefcount(Shape))
print(area.__annotations__)
print("after reading __annotations__:", sys.getrefcount(Shape))
print(area.__doc__, area.__module__, area.__name__)


class Registry:
    owner: Shape
    items: list

    def add(self, item: Shape) -> Shape:
        return item


print("with Registry:", sys.getrefcount(Shape))
del Registry
print("collected:", gc.collect())
print("after:", sys.getrefcount(Shape))
area.__annotations__ = {"s": int}
print(area.__annotations__, sys.getrefcount(Shape))
del area
print(sys.getrefcount(Shape))


def local_annotations():
    total: int = 0
    missing: this_name_is_never_evaluated
    for i in range(3):
        total += i
    return total


print(local_annotations())
print(local_annotations.__annotations__)
if False:
    later: bytes = None
print(__annotations__)
