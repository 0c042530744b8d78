# `for x in a, b:`: the iterable is a bare tuple (a constant one when its items are).
import sys
a = [1]
b = [2]
for p in a, b:
    print(p, sys.getrefcount(p))
for q in 1000, 2000:
    print(q, sys.getrefcount(q))
for r in a,:
    print(r)
def gen():
    for t in a, b:
        yield t
print(list(gen()))
for i, (x, y) in enumerate(((1, 2), (3, 4))):
    print(i, x, y)
for u in a, b:
    pass
else:
    print("done", u)
