# A hand-written `wraps`: the wrapper takes the wrapped function's name, and keeps it in
# `__wrapped__` (so the original stays alive as long as the wrapper does).
import sys


def my_wraps(original):
    def apply(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__qualname__ = original.__qualname__
        wrapper.__wrapped__ = original
        return wrapper

    return apply


def logged(func):
    @my_wraps(func)
    def wrapper(a, b):
        print("->", func.__name__, a, b)
        return func(a, b)

    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__)
print(add)
print(add.__wrapped__(10, 20))
print(sys.getrefcount(add.__wrapped__))
print(add.__closure__[0].cell_contents is add.__wrapped__)






def stacked_a(f):
    print("applying a to", f.__name__)

    def a_wrapper(x):
        return "a(" + f(x) + ")"

    return a_wrapper


def stacked_b(f):
    print("applying b to", f.__name__)

    def b_wrapper(x):
        return "b(" + f(x) + ")"

    return b_wrapper


@stacked_a
@stacked_b
def name(x):
    return str(x)


print(name(1))
print(name.__name__)
try:
    add.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
