import sys, gc

class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("__init__", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, sys.getrefcount(a))
print(Singleton.__new__)


class Other:
    def __init__(self):
        print("Other init")

class Weird:
    def __new__(cls, x):
        if x:
            return Other()
        return 42
    def __init__(self, x):
        print("never")

print(type(Weird(1)).__name__, Weird(0))

class Point:
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x = x
        return self
    def __init__(self, x, y):
        self.y = y

p = Point(1, 2)
print(p.x, p.y, sys.getrefcount(p))
for args in [(), (1,)]:
    try:
        object.__new__(*args)
    except TypeError as e:
        print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print(e)
try:
    object.__new__(Point, 1)
except TypeError as e:
    print(e)
try:
    NoInit(1)
except TypeError as e:
    print(e)
class NewOnly:
    def __new__(cls, *a):
        return object.__new__(cls)
print(type(NewOnly(1, 2)).__name__)
o = object()
print(sys.getsizeof(o), sys.getrefcount(o))
try:
    o.x = 1
except AttributeError as e:
    print(e)
del Singleton, a, b
print(gc.collect())
