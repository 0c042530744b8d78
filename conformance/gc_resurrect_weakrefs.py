import gc, weakref
gc.collect()
saved = []
class P:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
        saved.append(self)
def cb(r):
    print("callback")
# in a collection the weakrefs are cleared before __del__ resurrects the object
p = P("cycle")
p.me = p
w = weakref.ref(p, cb)
del p
print("collect", gc.collect())
print(len(saved), w(), weakref.getweakrefcount(saved[0]))
saved.clear()
print("collect", gc.collect())
# at a refcount death __del__ runs first: a resurrected object keeps its weakrefs
q = P("refcount")
w = weakref.ref(q, cb)
del q
print(len(saved), w() is saved[0], weakref.getweakrefcount(saved[0]))
saved.clear()
print("after release", w())
