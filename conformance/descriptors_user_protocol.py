# A user class's __get__/__set__/__delete__ and __set_name__: the data descriptor of the tutorials.
import sys


class Positive:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(self.private[1:] + " must be positive")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.private)
        del obj.__dict__[self.private]


class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


o = Order(2, 5)
print(o.qty, o.price, o.total(), o.__dict__)
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)
o.__dict__["qty"] = 100
print(o.qty)
del o.price
print(o.__dict__)
print(type(Order.qty).__name__, Order.qty.private)
print(sys.getrefcount(Order.qty))


class Lazy:
    """A non-data descriptor: the instance's own attribute wins once it is cached."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Report:
    @Lazy
    def data(self):
        print("computing")
        return [1, 2, 3]


r = Report()
print(r.data, r.data, r.data is r.data)
print(sys.getrefcount(r.data))
print(type(Report.data).__name__)


class Verbose:
    def __get__(self, obj, owner):
        print("get", obj is None, owner.__name__)
        return 42


class Holder:
    v = Verbose()


print(Holder.v, Holder().v)
h = Holder()
h.v = 7
print(h.v)
