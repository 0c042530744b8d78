import gc, weakref
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
def cb(r):
    print("callback, referent is", r())
a = N("a")
a.me = a
w = weakref.ref(a, cb)
del a
print("collect", gc.collect())
print(w())
