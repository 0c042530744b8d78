import sys
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag, "refcount", sys.getrefcount(self))
a = D("a")
del a
l = [D("in list")]
l.clear()
def f():
    loc = D("local")
f()
o = D("outer")
o.inner = D("inner")
del o
