# Context managers: __enter__/__exit__, the references a `with` block holds, and cleanup order.
import sys


class ManagedFile:
    """A stand-in for a file that must be closed, as tutorials write one."""

    def __init__(self, name):
        self.name = name
        self.closed = False
        print("open", name)

    def __enter__(self):
        print("enter", self.name, "refcount:", sys.getrefcount(self))
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.closed = True
        print("exit", self.name, exc_type, exc_value, traceback)
        print("  refcount of self in __exit__:", sys.getrefcount(self))
        return False

    def __del__(self):
        print("del", self.name)


with ManagedFile("notes.txt") as f:
    print("inside: refcount of f =", sys.getrefcount(f))
    print("closed?", f.closed)
print("closed?", f.closed, "refcount of f =", sys.getrefcount(f))
del f

print("-- a manager nobody names dies when the block ends")
with ManagedFile("temp.txt"):
    print("working")
print("after the block")


class Timer:
    def __enter__(self):
        print("start")
        return "a token"

    def __exit__(self, *exc):
        print("stop", exc)

    def __del__(self):
        print("timer gone")


with Timer() as token:
    print("token:", token, sys.getrefcount(token) > 1)
print("after timer")

print("-- several managers: entered left to right, exited right to left")
with ManagedFile("a") as a, ManagedFile("b") as b, Timer():
    print("using", a.name, b.name)
print("after several")
del a, b


def read_first(name):
    with ManagedFile(name) as handle:
        return handle.name.upper()


print(read_first("report.csv"))

for i in range(3):
    with ManagedFile("loop" + str(i)) as lf:
        if i == 1:
            print("break")
            break
        print("continue")
        continue
print("end of loop")
del lf


class NotAManager:
    pass


class EnterOnly:
    def __enter__(self):
        return self


for candidate in [NotAManager(), EnterOnly(), 42, [1, 2]]:
    try:
        with candidate:
            print("never")
    except TypeError as e:
        print("TypeError:", e)


class FailingEnter:
    def __enter__(self):
        raise RuntimeError("could not acquire")

    def __exit__(self, *exc):
        print("not called")

    def __del__(self):
        print("failing enter released")


try:
    with FailingEnter() as fe:
        print("never")
except RuntimeError as e:
    print("caught:", e)
print("end")
