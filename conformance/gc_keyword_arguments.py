# Keyword arguments to the gc module: only collect() takes one (generation=).
import gc


class Node:
    pass


gc.disable()
a = Node()
a.me = a
del a
print(gc.collect(generation=0), gc.collect(generation=2))
for name in ['x', 'gen']:
    try:
        if name == 'x':
            gc.collect(x=1)
        else:
            gc.collect(generation=0, x=1)
    except TypeError as e:
        print(e)
try:
    gc.collect(0, generation=1)
except TypeError as e:
    print(e)
try:
    gc.collect(generation=5)
except ValueError as e:
    print(e)

tries = [
    lambda: gc.enable(x=1),
    lambda: gc.disable(x=1),
    lambda: gc.isenabled(x=1),
    lambda: gc.get_count(x=1),
    lambda: gc.get_threshold(x=1),
    lambda: gc.set_threshold(700, x=1),
    lambda: gc.get_debug(x=1),
    lambda: gc.set_debug(flags=0),
    lambda: gc.is_tracked(obj=1),
    lambda: gc.get_referrers(obj=1),
    lambda: gc.get_referents(obj=1),
    lambda: gc.freeze(x=1),
    lambda: gc.unfreeze(x=1),
]
for attempt in tries:
    try:
        attempt()
        print('accepted')
    except TypeError as e:
        print(e)
gc.enable()
