# __main__'s globals dict was made before the program, and the start-up's collections left it in
# the oldest generation: gc.get_referrers lists it after the program's own young referrers.
import gc
class Box: pass
a = []
b = [a]
c = {'k': a}
d = Box(); d.x = a
print([type(r).__name__ for r in gc.get_referrers(a)])
print([r is globals() for r in gc.get_referrers(a)])
print(gc.is_tracked(globals()))
gc.collect()
print([type(r).__name__ for r in gc.get_referrers(a)])
e = (a,)
f = [a]
print([type(r).__name__ for r in gc.get_referrers(a)])
del b, c, d, e, f
print([r is globals() for r in gc.get_referrers(a)])
n = 5
print(gc.is_tracked(globals()), gc.collect())
print(gc.is_tracked(globals()))
