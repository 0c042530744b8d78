# Class decorators: a registry that keeps every decorated class alive, and a decorator that adds
# a method made by a closure.
import sys

registry = []


def register(cls):
    registry.append(cls)
    print("registered", cls.__name__)
    return cls


def with_label(label):
    def decorate(cls):
        def describe(self):
            return label + ":" + cls.__name__

        cls.describe = describe
        return cls

    return decorate


@register
@with_label("shape")
class Square:
    def __init__(self, side):
        self.side = side

    def __del__(self):
        print("del Square", self.side)


s = Square(3)
print(s.describe())
print(registry[0] is Square, sys.getrefcount(Square))
del s
del Square
print(len(registry), registry[0].__name__)
registry.clear()
print("end")
