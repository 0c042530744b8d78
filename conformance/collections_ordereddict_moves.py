# An OrderedDict used as an LRU cache and a queue at once: keys moved to either end, popped from
# either end, deleted and re-added (to the end), its order checked by iteration, repr, equality
# and the views, at a size where an order kept in an array took seconds.
from collections import OrderedDict

od = OrderedDict((i, str(i)) for i in range(3000))
for i in range(0, 3000, 3):
    od.move_to_end(i)
for i in range(1, 3000, 7):
    od.move_to_end(i, last=False)
print(list(od)[:8], list(od)[-8:])
print([od.popitem() for _ in range(3)], [od.popitem(last=False) for _ in range(3)])
for i in range(100, 200):
    del od[i]
od[150] = "back"
od[2999] = "updated in place"
print(len(od), list(od)[-1], 2999 in od, list(od.keys())[-2])
print(list(od.items())[-3:], list(od.values())[:3])

small = OrderedDict((c, None) for c in "abcde")
small.move_to_end("b")
small.move_to_end("e", last=False)
small.move_to_end("e", last=False)
other = OrderedDict((c, None) for c in "eacdb")
print(small, small == other, small == dict(other), list(small.keys()))
small.move_to_end("c")
print(small == other, repr(small))
try:
    small.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    for k in small:
        small.move_to_end(k)
except RuntimeError as e:
    print("RuntimeError:", e)
empty = OrderedDict()
try:
    empty.popitem(last=False)
except KeyError as e:
    print("KeyError", e)
small.clear()
small["x"] = 1
print(small, len(small))
