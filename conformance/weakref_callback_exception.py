import gc, weakref
gc.collect()
class C:
    pass
def bad(r):
    print("bad callback runs")
    raise ValueError("boom")
def good(r):
    print("good callback runs")
c = C()
w1 = weakref.ref(c, good)
w2 = weakref.ref(c, bad)
del c
print("script goes on")
d = C()
d.me = d
w3 = weakref.ref(d, bad)
del d
print("collect", gc.collect())
print("end")
