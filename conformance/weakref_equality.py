import gc, weakref
gc.collect()
class C:
    pass
def cb(r):
    pass
o = C()
other = C()
r1 = weakref.ref(o)
r2 = weakref.ref(o, cb)
r3 = weakref.ref(other)
# live weakrefs compare equal when their referents do
print(r1 == r2, r1 != r2, r1 == r3, r1 is r2)
print(r2 in [r1], [r1] == [r2])
d = {r1: "first"}
print(d[r2])
del o
# dead weakrefs compare by identity
print(r1 == r2, r1 == r1, r1 != r2)
print(r2 in [r1])
del other
