import gc
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
a = N("young")
a.me = a
del a
print("collect(0)", gc.collect(0))
b = N("survivor")
b.me = b
print("collect(0)", gc.collect(0))
del b
print("collect(0) does not see generation 1:", gc.collect(0))
print("collect(1)", gc.collect(1))
c = N("old")
c.me = c
gc.collect(1)
del c
print("collect(1) does not see generation 2:", gc.collect(1))
print("collect(2)", gc.collect(2))
