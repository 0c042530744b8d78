import gc, weakref
gc.collect()
class R:
    pass
def show(a, b, sep="-"):
    print("finalize", a, b, sep)
r = R()
f = weakref.finalize(r, show, 1, 2, sep="+")
print(repr(f)[:20], repr(f)[-14:] == "'R' at " + repr(f)[-7:] or "for 'R' at" in repr(f))
print(f.atexit)
info = f.peek()
print(info[2], info[3])
del info
del r
print(repr(f)[-6:])
g = weakref.finalize(R(), show, "x", "y")
print(g.alive)
