# contextlib.contextmanager: the generator-based context manager object, its refcounts, and each
# way __exit__ can end (normal exit, suppressed, re-raised, replaced, misbehaving generators).
import sys
from contextlib import contextmanager, closing
import contextlib


class Resource:
    def __init__(self, name):
        self.name = name
        print("acquire", name)

    def __del__(self):
        print("del", self.name)


@contextmanager
def managed(name):
    r = Resource(name)
    try:
        yield r
    finally:
        print("release", name)


print(managed, managed.__name__, managed.__qualname__)
print(managed.__wrapped__)
with managed("a") as r:
    print("inside:", r.name, sys.getrefcount(r))
print("after the block:", sys.getrefcount(r))
del r

cm = managed("b")
print(type(cm))
print(sorted(cm.__dict__))
print("manager before enter:", sys.getrefcount(cm))
with cm as r:
    print(sorted(cm.__dict__))
    print("manager inside:", sys.getrefcount(cm))
print("manager after:", sys.getrefcount(cm))
del cm, r
print("--")

arg = Resource("argument")
print("argument:", sys.getrefcount(arg))
pending = managed(arg)
print("argument held by the manager's args and the generator's frame:", sys.getrefcount(arg))
del pending
print("argument:", sys.getrefcount(arg))
del arg

try:
    with managed("c") as r:
        raise KeyError("boom")
except KeyError as e:
    print("re-raised:", repr(e))
del r


@contextmanager
def suppress_value_errors():
    try:
        yield "guard"
    except ValueError as e:
        print("suppressed:", e)


with suppress_value_errors() as g:
    raise ValueError("v")
print("continues after", g)


@contextmanager
def translating():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated")


try:
    with translating():
        {}["missing"]
except LookupError as e:
    print("replaced:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        yield


try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)


class Page:
    def __init__(self, n):
        self.n = n

    def close(self):
        print("closing page", self.n)

    def __del__(self):
        print("del page", self.n)


with closing(Page(1)) as p:
    print("reading page", p.n, sys.getrefcount(p))
del p


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers closed")


with closing(numbers()) as it:
    print(next(it))
print("after closing")
del it


@contextmanager
def fails_early():
    raise ValueError("cannot open")
    yield


with fails_early():
    pass
