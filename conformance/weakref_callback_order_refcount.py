import gc, weakref
gc.collect()
class N:
    def __del__(self):
        print("__del__")
refs = {}
def cb(r):
    # every weakref to the object is already cleared when the first callback runs
    print("callback", refs[id(r)], r() is None, w1() is None, w2() is None, w3() is None)
o = N()
w1 = weakref.ref(o, cb)
w2 = weakref.ref(o, cb)
w3 = weakref.ref(o, cb)
plain = weakref.ref(o)
refs[id(w1)] = "w1"
refs[id(w2)] = "w2"
refs[id(w3)] = "w3"
print(weakref.getweakrefcount(o))
del o
print("after del", plain())
