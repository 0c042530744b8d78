# __copy__ and __deepcopy__ decide how an object is copied; __deepcopy__ gets the memo.
import copy
import sys


class Buffer:
    def __init__(self, data, owner=None):
        self.data = data
        self.owner = owner

    def __copy__(self):
        print("__copy__ called")
        return Buffer(self.data, self.owner)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo has", len(memo), "entries")
        result = Buffer(copy.deepcopy(self.data, memo))
        result.owner = self.owner  # share the owner on purpose
        return result

    def __repr__(self):
        return f"Buffer({self.data!r})"


class Owner:
    pass


owner = Owner()
b = Buffer([1, 2, 3], owner)
print(sys.getrefcount(owner))
c = copy.copy(b)
print(c, c.data is b.data, c.owner is owner, sys.getrefcount(owner))
d = copy.deepcopy(b)
print(d, d.data is b.data, d.owner is owner, sys.getrefcount(owner))
both = copy.deepcopy([b, b])
print(both, both[0] is both[1])


class Plain:
    def __init__(self):
        self.values = [1]


p = Plain()
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.values is p.values, r.values is p.values, r.values)
print(Plain.__slotnames__)


class Empty:
    pass


e = copy.deepcopy(Empty())
print(type(e).__name__, e.__dict__)
print(copy.Error, copy.error is copy.Error)
try:
    raise copy.Error("cannot copy")
except copy.Error as err:
    print(repr(err), type(err))
raise copy.Error("uncaught")
