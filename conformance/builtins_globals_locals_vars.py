# globals(), locals() and vars(): the module's own dict, and a function's snapshot of its locals.
import sys

counter = 0
g = globals()
g["created_by_dict"] = "made through globals()"
print(created_by_dict)
print("globals() is the module dict:", g is globals(), g is vars(), locals() is g)
print(sorted([k for k in g if not k.startswith("__")]))


def show(a, b=2):
    total = a + b
    snapshot = locals()
    print("snapshot:", snapshot)
    extra = "added later"
    print("not refreshed yet:", sorted(snapshot))
    again = locals()
    print("refreshed, same dict:", again is snapshot, sorted(again))
    del extra
    locals()
    print("deleted name gone:", sorted(snapshot))
    return snapshot


result = show(1)
print("the snapshot outlives the frame:", sorted(result))


class Payload:
    def __del__(self):
        print("payload freed")


def holds():
    p = Payload()
    print("refs before locals():", sys.getrefcount(p))
    locals()
    print("refs after locals():", sys.getrefcount(p))
    del p
    print("after del p: the snapshot still holds it")


holds()
print("function returned")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pt = Point(1, 2)
d = vars(pt)
print(d, d is pt.__dict__)
d["z"] = 3
print(pt.z)
print(vars(sys) is sys.__dict__)
for bad in (1, "text", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
try:
    globals(1)
except TypeError as e:
    print(e)
try:
    locals(x=1)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
