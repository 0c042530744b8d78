import gc, weakref
gc.collect()
class C:
    pass
got = []
def cb(r):
    got.append(r)
    print("callback", r is w, r() is None)
c = C()
w = weakref.ref(c, cb)
del c
print(got[0] is w, w.__callback__)
print(weakref.getweakrefcount(w))
# a callback that drops the last reference to its own weakref
def drop(r):
    global w2
    print("drop callback", r is w2)
    w2 = None
c2 = C()
w2 = weakref.ref(c2, drop)
del c2
print(w2)
# the weakref dies before its referent: no callback
c3 = C()
w3 = weakref.ref(c3, cb)
del w3
del c3
print(len(got))
