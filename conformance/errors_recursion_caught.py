# RecursionError is a Python exception: caught by `except RecursionError`, with CPython 3.11's
# depth (sys.getrecursionlimit() frames, C-level recursion counted too) and wording.
import sys
import weakref

print(sys.getrecursionlimit())
depth = 0


def down(k):
    global depth
    depth = k
    down(k + 1)


try:
    down(0)
except RecursionError as e:
    print("caught", depth, e)


def down_and_back(k):
    global depth
    depth = k
    return down_and_back(k + 1) + 1


try:
    down_and_back(0)
except RuntimeError as e:
    print("caught as RuntimeError", depth, type(e).__name__, e)


class Loop:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)


depth = 0
try:
    repr(Loop())
except RecursionError as e:
    print("__repr__", depth, e)


class Same:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other


depth = 0
try:
    Same() == Same()
except RecursionError as e:
    print("__eq__", depth, e)

nested = []
other = []
for i in range(5000):
    nested = [nested]
    other = [other]
for what, f in [("repr", repr), ("str", str), ("==", lambda x: x == other), ("<", lambda x: x < other)]:
    try:
        f(nested)
    except RecursionError as e:
        print("nested list", what, e)
d = {}
for i in range(5000):
    d = {"k": d}
try:
    print(d)
except RecursionError as e:
    print("nested dict", e)
t = ()
for i in range(5000):
    t = (t,)
print("nested tuple as a key", {t: 1}[t])

sys.setrecursionlimit(50)
depth = 0
try:
    down(0)
except RecursionError as e:
    print("limit 50", depth, e)
sys.setrecursionlimit(1000)
for bad in [0, -5, 2**31, "x", 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


def set_limit_deep(k):
    if k == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print(e)
        return
    set_limit_deep(k - 1)


set_limit_deep(10)


class Dying:
    def __del__(self):
        down(0)


x = Dying()
del x
print("after __del__")


class Target:
    pass


def callback(ref):
    callback(ref)


target = Target()
ref = weakref.ref(target, callback)
del target
print("after the weakref callback")
print("and at the end, uncaught:")
down_and_back(0)
