import gc, weakref
gc.collect()
class Thing:
    pass
def func():
    pass
t = Thing()
r = weakref.ref(t)
print(r)
print(repr(r) == str(r))
fr = weakref.ref(func)
print(fr)
p = weakref.proxy(t)
print(repr(p))
del t
print(r)
print(repr(p))
wvd = weakref.WeakValueDictionary()
print(repr(wvd)[:27])
