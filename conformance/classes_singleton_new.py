# The Singleton of the tutorials: __new__ caches the one instance; __init__ still runs each call.
import gc
import sys


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("__init__ with", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)
print(sys.getrefcount(a))
print(type(Singleton.__new__).__name__)


class Config(Singleton):
    pass


c = Config(3)
print(c is a, type(c).__name__, Config._instance is a)


class Pool:
    _free = []

    def __new__(cls):
        if cls._free:
            print("reusing")
            return cls._free.pop()
        print("allocating")
        return object.__new__(cls)

    def release(self):
        Pool._free.append(self)


p = Pool()
pid = id(p)
p.release()
del p
q = Pool()
print(id(q) == pid, sys.getrefcount(q))


