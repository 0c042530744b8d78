import gc, weakref
gc.collect()
class R:
    pass
def report(name, n):
    print("finalize", name, n)
    return name * n
r = R()
f = weakref.finalize(r, report, "res", 2)
print(f.alive)
del r
print(f.alive)
r = R()
f = weakref.finalize(r, report, "call", 3)
print(f())
print(f.alive, f())
del r
print("nothing more")
r = R()
f = weakref.finalize(r, report, "cycle", 1)
r.me = r
del r
print("collect", gc.collect())
print(f.alive)
