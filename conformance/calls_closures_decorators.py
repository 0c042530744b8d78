# A tutorial's decorators: a logging/timing wrapper taking *args and **kwargs, wrapping functions
# with keyword-only parameters, and closures over *args. Who holds each argument while it runs?
import sys


class Order:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Order({self.name!r})"

    def __del__(self):
        print("freeing", self.name)


calls = []


def logged(fn):
    """Logs every call: the wrapper forwards whatever it is given."""

    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        print("->", fn.__name__, "args:", args, "kwargs:", kwargs)
        for a in args:
            if isinstance(a, Order):  # an int's count is CPython's business, not the lesson's
                print("   refcount of", a, "=", sys.getrefcount(a))
        result = fn(*args, **kwargs)
        print("<-", fn.__name__, "returned", result)
        return result

    wrapper.__name__ = fn.__name__
    return wrapper


def timed(label, *, unit="ms"):
    """A decorator factory: its closure keeps the label and the keyword-only unit."""

    def decorate(fn):
        def wrapper(*args, **kwargs):
            ticks = len(args) + len(kwargs)
            result = fn(*args, **kwargs)
            print(f"[{label}] {fn.__name__} took {ticks} {unit}")
            return result

        return wrapper

    return decorate


@logged
def ship(order, *, express=False, note=None):
    print("   inside ship, refcount of order =", sys.getrefcount(order))
    return (order.name, express, note)


@timed("billing", unit="ticks")
@logged
def bill(order, amount, /, *extras, currency="EUR", **meta):
    return (order.name, amount + sum(extras), currency, sorted(meta))


a = Order("a")
b = Order("b")
print("module holds a:", sys.getrefcount(a))
print(ship(a))
print(ship(a, express=True, note="fragile"))
print(bill(b, 10, 1, 2, currency="USD", rush=True, gift=False))
print("after the calls, a:", sys.getrefcount(a), "b:", sys.getrefcount(b))

try:
    ship(a, True)
except TypeError as e:
    print("TypeError:", e)
try:
    bill(order=b, amount=1)
except TypeError as e:
    print("TypeError:", e)
print("calls so far:", calls)


# A closure over *args: the tuple lives as long as the inner function does.
def remember(*items, sep=", "):
    def show():
        return sep.join([i.name for i in items])

    print("items tuple refcount inside:", sys.getrefcount(items))
    return show


c = Order("c")
shower = remember(a, c, sep=" & ")
print(shower())
print("c is held by the closure's tuple:", sys.getrefcount(c))
print("cells:", len(shower.__closure__))
del c
print("deleting the closure frees c:")
del shower
print("done with the closure")


# Keyword-only defaults live in __kwdefaults__, positional ones in __defaults__.
def report(title, count=1, *rest, width=10, fill="."):
    return title + fill * (width - len(title)) + str(count) + "+" * len(rest)


print(report.__defaults__, report.__kwdefaults__)
print(report("x"))
print(report("total", 3, 4, 5, width=8, fill="-"))
args = ("spread", 2)
opts = {"fill": "~"}
print(report(*args, *[9], **opts))

# A lambda with *args and a keyword-only parameter, captured by a comprehension.
pick = lambda *xs, key=0: [x[key] for x in xs]
print(pick((1, 2), (3, 4), key=1))
print(pick(*[(5, 6)]))
del a
del b
print("end")
