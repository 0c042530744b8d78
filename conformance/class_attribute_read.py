# obj.__class__ as tutorials use it: the type of anything, read as an attribute.
import sys


class Animal:
    def __init__(self, name):
        self.name = name

    def clone(self):
        # A common idiom: build a new object of the same (sub)class.
        return self.__class__(self.name + "-copy")

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Dog(Animal):
    pass


d = Dog("rex")
e = d.clone()
print(d, e, type(e) is Dog, e.__class__ is d.__class__)
print(d.__class__, Dog.__class__, Animal.__class__.__class__)

for value in [1, 2.5, "s", None, True, [], (), {}, set(), len, sys, Dog]:
    print(repr(value)[:20], value.__class__, value.__class__ is type(value))

# The class itself is returned: one more reference while the name holds it.
before = sys.getrefcount(Dog)
cls = d.__class__
print(sys.getrefcount(Dog) - before)
del cls
print(sys.getrefcount(Dog) - before)


class Base:
    def who(self):
        return super().__class__


print(Base().who())
print((1).__class__.__name__, "abc".__class__.__qualname__)

try:
    del d.__class__
except TypeError as err:
    print("TypeError:", err)
