import gc, sys

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("Temperature below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def describe(x):
        return "temp " + str(x)

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius, t.__dict__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.describe(3), t.describe(4))
u = Temperature.from_f(212)
print(u.celsius, type(u).__name__)
v = t.from_f(32)
print(v.celsius)
del t.celsius
print(t.__dict__)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
print(Temperature.celsius.fset.__qualname__)
print(sys.getrefcount(t))
print(sys.getrefcount(Temperature.describe))
print(sys.getrefcount(Temperature.celsius))
m = Temperature.from_f
print(m.__self__ is Temperature, m.__func__.__name__)
print(sys.getrefcount(Temperature))
del m
print(gc.collect())
del Temperature, t, u, v
print(gc.collect())
