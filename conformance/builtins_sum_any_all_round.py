# sum, any, all, abs, round, divmod, callable, issubclass and object(), as tutorials use them.
import sys

prices = [19.99, 5.01, 3.5]
print(sum(prices), sum([1, 2, 3]), sum(range(101)), sum([], 10), sum([1, 2], start=10))
print(sum([0.1] * 10), sum([True, True, False]), sum([1, 2.5]), sum([[1], [2, 3]], []))
print(sum(((1, 2), (3,)), ()), sum(map(abs, [-1, -2])))
big = 10**20
print(sum([], big) is big, sum([big, big]))
nums = [3, -1, 4, -1, 5]
print(any(map(lambda n: n < 0, nums)), all(map(lambda n: n > -2, nums)))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any("abc"), all(iter([1, 0])))
checked = []


class Flag:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        checked.append(self.value)
        return self.value


flags = [Flag(False), Flag(True), Flag(False)]
print(any(flags), checked)
checked.clear()
print(all(flags), checked)
print(sys.getrefcount(flags[0]))

print(abs(-7), abs(3.5), abs(-0.0), abs(True), abs(-10**30), abs(0))
print(big is abs(big), abs(-big) == big)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(2.675, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(7, 3))
print(round(-0.4, 0), round(5.5, None), round(number=2.5), round(1.23456, ndigits=1))
print(round(True), type(round(True)), round(1e300, -300), round(0.1, 400))
print(big is round(big), round(big, 2) is big, round(big, -19))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(True, 2), divmod(10**20, 7), divmod(1, 0.5))
minutes, seconds = divmod(200, 60)
print(f"{minutes}:{seconds:02d}")


def greet():
    return "hi"


class Greeter:
    def __call__(self):
        return "hello"

    def method(self):
        return 1


class Plain:
    pass


g = Greeter()
print(callable(greet), callable(g), callable(Plain()), callable(Plain), callable(len))
print(callable(g.method), callable(lambda: 0), callable(42), callable("s"), callable(print))


class Animal:
    pass


class Dog(Animal):
    pass


print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Dog, (int, Animal)))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(Dog, ()))

o = object()
print(type(o), type(o) is object, sys.getrefcount(o), repr(o)[:19])
sentinel = object()
print(sentinel is sentinel, sentinel == object(), isinstance(sentinel, object))
for bad in (
    lambda: sum(),
    lambda: sum([1], 2, 3),
    lambda: sum(["a", "b"], ""),
    lambda: sum([1], begin=0),
    lambda: sum(["a"]),
    lambda: sum(5),
    lambda: any(),
    lambda: all([], []),
    lambda: any(x=[]),
    lambda: abs(),
    lambda: abs("x"),
    lambda: round(),
    lambda: round("1.5"),
    lambda: round(1.5, 1.0),
    lambda: round(1, 2, 3),
    lambda: divmod(1),
    lambda: divmod("a", 2),
    lambda: callable(),
    lambda: issubclass(1, int),
    lambda: issubclass(int, 1),
    lambda: issubclass(int),
    lambda: object(1),
):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
for bad in (lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod(5, 0.0)):
    try:
        bad()
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)
try:
    round(float("inf"))
except OverflowError as err:
    print("OverflowError:", err)
try:
    round(float("nan"))
except ValueError as err:
    print("ValueError:", err)
