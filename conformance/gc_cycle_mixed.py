import gc
gc.collect()
class Box:
    pass
b = Box()
l = [b]
d = {"list": l}
b.d = d
del b, l, d
print("instance-dict-list", gc.collect())
b = Box()
t = (b, 1)
b.t = t
del b, t
print("instance-tuple", gc.collect())
s = set()
b = Box()
b.s = s
s.add(b)
del s, b
print("set-instance", gc.collect())
def f():
    pass
f.attr = [f]
del f
print("function with attribute", gc.collect())
