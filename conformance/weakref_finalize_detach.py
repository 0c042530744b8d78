import gc, weakref
gc.collect()
class R:
    pass
def report(tag):
    print("finalize", tag)
r = R()
f = weakref.finalize(r, report, "x")
info = f.detach()
print(f.alive, info[0] is r, info[1] is report, info[2], info[3])
print(f.detach(), f.peek())
del info
del r
print("no callback after detach")
r = R()
f = weakref.finalize(r, report, "y")
obj, func, args, kwargs = f.peek()
print(obj is r, func is report, args, f.alive)
del obj
del r
print(f.alive)
