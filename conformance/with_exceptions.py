# Exceptions and `with`: what __exit__ receives, suppression, and errors raised by __exit__.
import sys


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            print("no exception")
            return False
        print("got", exc_type.__name__, exc_value)
        print("  refcount of the exception:", sys.getrefcount(exc_value))
        print("  traceback given:", tb is not None)
        return exc_type in self.kinds


class Payload:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def risky():
    p = Payload("local of risky")
    raise KeyError("missing")


with Suppress(KeyError):
    risky()
print("KeyError suppressed")

with Suppress(KeyError):
    print("quiet block")

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", repr(e))

with Suppress(ZeroDivisionError):
    temp = Payload("temporary")
    1 / 0
print("after division; temp is", temp.name)
del temp


class Logged:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc_value, tb):
        print("exit", self.name, exc_type)
        if self.name == "broken":
            raise RuntimeError("exit failed")

    def __del__(self):
        print("del", self.name)


def work():
    with Logged("outer") as o, Logged("inner") as i:
        print("working with", o, i)
        items = [1, 2]
        return items[5]


try:
    work()
except IndexError as e:
    print("caught", e)

try:
    with Logged("broken"):
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e)

with Logged("broken"):
    raise ValueError("original problem")
