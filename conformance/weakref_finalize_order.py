import gc, weakref
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
def fin(tag):
    print("finalize", tag)
def cb(r):
    print("ref callback")
a = N("a")
weakref.finalize(a, fin, "first")
w = weakref.ref(a, cb)
weakref.finalize(a, fin, "second")
del a
print("-- cycle --")
b = N("b")
b.me = b
weakref.finalize(b, fin, "first")
w = weakref.ref(b, cb)
weakref.finalize(b, fin, "second")
del b
print("collect", gc.collect())
