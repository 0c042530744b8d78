import gc, weakref
gc.collect()
class C:
    def m(self):
        pass
def cb(r):
    print("callback: the bound method is gone", r() is None)
c = C()
w = weakref.ref(c.m, cb)
print("after the statement", w())
w2 = weakref.ref(C(), cb)
print("temporary instance", w2())
def f():
    pass
wf = weakref.ref(f, cb)
print(wf() is f)
del f
print("function gone", wf())
