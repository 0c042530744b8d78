import sys


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        print("call", self.calls, "of", self.func.__name__)
        return self.func(x)


@CountCalls
def double(x):
    return x * 2


print(double(2), double(5))
print(double.calls, type(double).__name__)
print(sys.getrefcount(double.func))


class Cache:
    def __init__(self):
        self.store = {}

    def memo(self, fn):
        def inner(n):
            if n not in self.store:
                self.store[n] = fn(n)
            return self.store[n]

        return inner


cache = Cache()


@cache.memo
def slow_square(n):
    print("computing", n)
    return n * n


print(slow_square(4), slow_square(4), len(cache.store))
