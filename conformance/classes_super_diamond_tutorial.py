# A diamond hierarchy: the MRO, cooperative super() chains, and what the __class__ cell holds.
import gc
import sys


class Base:
    def __init__(self, **kwargs):
        print("Base.__init__")
        super().__init__()

    def greet(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=0, **kwargs):
        print("Left.__init__", left)
        self.left = left
        super().__init__(**kwargs)

    def greet(self):
        return ["Left"] + super().greet()


class Right(Base):
    def __init__(self, right=0, **kwargs):
        print("Right.__init__", right)
        self.right = right
        super().__init__(**kwargs)

    def greet(self):
        return ["Right"] + super().greet()


class Child(Left, Right):
    def __init__(self, **kwargs):
        print("Child.__init__")
        super().__init__(**kwargs)

    def greet(self):
        return ["Child"] + super().greet()


print([c.__name__ for c in Child.__mro__])
print(Child.mro() == list(Child.__mro__))
c = Child(left=1, right=2)
print(c.greet())
print(c.__dict__)
print(isinstance(c, Right), issubclass(Child, Base), issubclass(Left, Right))
print(super(Left, c).greet())
print(super(Child, c).greet())
print(sys.getrefcount(c))
print(sys.getrefcount(Child), sys.getrefcount(Base))
print(Child.greet.__closure__[0].cell_contents is Child)


class Shape:
    registry = []

    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        obj = cls(name)
        Shape.registry.append(obj)
        return obj

    def describe(self):
        return "shape " + self.name


class Circle(Shape):
    @classmethod
    def create(cls, name):
        print("making a circle via", cls.__name__)
        return super().create(name)

    def describe(self):
        return "round " + super().describe()


k = Circle.create("c1")
print(type(k).__name__, k.describe(), len(Shape.registry))
print(sys.getrefcount(k))

try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)


def no_args():
    return super()


try:
    no_args()
except RuntimeError as e:
    print("RuntimeError:", e)


class Missing:
    def m(self):
        return super().nothing


try:
    Missing().m()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(Base, 1)
except TypeError as e:
    print("TypeError:", e)
print(super(Left, c))
del c, k
Shape.registry.clear()
gc.collect()
del Child
print(gc.collect())
del Circle
print(gc.collect())
