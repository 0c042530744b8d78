# A property caches a value that refers back to its instance: a cycle only the collector frees.
import gc, sys


class Node:
    def __init__(self, name):
        self.name = name
        self._cache = None

    @property
    def family(self):
        # self is held by: the caller's name, LOAD_ATTR's stack, this frame, getrefcount's argument
        print("refs in getter:", sys.getrefcount(self))
        if self._cache is None:
            self._cache = [self]
        return self._cache

    def __del__(self):
        print("del", self.name)


gc.collect()
n = Node("a")
print(sys.getrefcount(n))
fam = n.family
print(len(fam), fam[0] is n, sys.getrefcount(n))
print(n.family is fam)
del fam
del n
print("after del, before collect")
print("collected", gc.collect())

m = Node("b")
print(m._cache)
del m
print("collected", gc.collect())
