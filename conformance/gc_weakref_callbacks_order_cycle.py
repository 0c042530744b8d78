import gc, weakref
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
tags = {}
def cb(r):
    print("callback", tags[id(r)], r() is None)
def watch(o, tag):
    w = weakref.ref(o, cb)
    tags[id(w)] = tag
    return w
a = N("a")
b = N("b")
a.b = b
b.a = a
ws = [watch(a, "a1"), watch(a, "a2"), watch(b, "b1"), watch(b, "b2")]
del a, b
print("collect", gc.collect())
print(ws[0]() is None, ws[3]() is None)
