# A memoizing decorator written with functools.wraps: the wrapper keeps the wrapped function
# (and its cache) alive.
import functools
import gc
import sys
import weakref


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = func(*args)
        cache[args] = result
        return result

    wrapper.cache = cache
    return wrapper


def slow_square(n):
    """Return n squared, slowly."""
    return n * n


print(slow_square.__doc__)
fast = memoize(slow_square)
print(fast.__name__, fast.__qualname__, fast.__doc__, fast.__module__)
print(fast.__wrapped__ is slow_square)
print(sorted(fast.__dict__))
print(fast(4), fast(4), fast.cache)
print(sys.getrefcount(slow_square))
alive = weakref.ref(slow_square)
del slow_square
print("still alive through __wrapped__:", alive() is not None)
del fast
print("wrapper gone:", alive())
print(gc.collect())


@memoize
def greet(name):
    "Say hello."
    return "hello " + name


print(greet("ann"), greet.__name__, greet.__doc__)
print(greet.__annotations__, greet.__wrapped__.__annotations__)
print(greet.__dict__["__wrapped__"] is greet.__wrapped__)
del greet
print(gc.collect())


def plain(x):
    return x


plain.tag = "mine"
w = functools.update_wrapper(lambda *a: plain(*a), plain)
print(w.__name__, w.tag, w(5))
print(w.__qualname__, plain.__doc__)
del w, plain
print(gc.collect())


def logged(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return inner


class Point:
    def __init__(self, x):
        self.x = x

    @logged
    def move(self, dx):
        "Move the point."
        self.x += dx
        return self.x


pt = Point(1)
print(pt.move(2), Point.move.__name__, Point.move.__doc__, Point.move.__qualname__)
del pt
print(gc.collect())
