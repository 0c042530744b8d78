import gc, weakref
gc.collect()
class C:
    def m(self):
        pass
def cb(r):
    pass
c = C()
w = weakref.ref(c)
wc = weakref.ref(c, cb)
p = weakref.proxy(c)
f = weakref.finalize(c, cb, 1)
print(gc.is_tracked(w), gc.is_tracked(wc), gc.is_tracked(p), gc.is_tracked(f))
print(gc.is_tracked(weakref.WeakValueDictionary()), gc.is_tracked(weakref.WeakSet()))
print(gc.get_referents(w) == [], gc.get_referents(wc) == [cb])
bm = c.m
r = gc.get_referents(bm)
print(len(r), r[0] is C.m, r[1] is c)
f.detach()
del f
