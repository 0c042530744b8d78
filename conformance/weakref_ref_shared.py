import gc, weakref
gc.collect()
class C:
    pass
def cb(r):
    pass
o = C()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2, r1 == r2, r1() is o)
r3 = weakref.ref(o, cb)
r4 = weakref.ref(o, cb)
print(r3 is r4, r3 is r1)
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print(p1 is p2)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is r1, refs[1] is p1, refs[2] is r4, refs[3] is r3)
print(r1.__callback__ is None, r3.__callback__ is cb)
print(type(r1) is weakref.ref, type(r1) is weakref.ReferenceType, type(p1) is weakref.ProxyType)
del refs
del o
print(r1(), r3(), r1 == r2)
print(weakref.getweakrefcount(r1))
del r1, r2, r3, r4, p1, p2
