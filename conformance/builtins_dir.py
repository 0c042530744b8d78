# dir(): the names in scope, and the attributes of modules, classes and instances.
import sys


class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


rex = Dog("rex")
rex.age = 3
print(dir(rex))
print(dir(Dog))
print([n for n in dir(rex) if not n.startswith("__")])


class Slotted:
    __slots__ = ("a", "b")


print(dir(Slotted()))


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


print(dir(AppError(404)))
print(dir(KeyError("k")) == dir(BaseException))
print(dir(AttributeError("a"))[-5:])
print(dir(object()))
print(dir([]) == dir(list), len(dir({})), dir(None)[:4])
print("getrefcount" in dir(sys), dir(sys) == sorted(sys.__dict__))


def scope(x):
    y = x * 2
    print(dir())


scope(1)
print([n for n in dir() if not n.startswith("__")])
try:
    dir(1, 2)
except TypeError as e:
    print(e)
