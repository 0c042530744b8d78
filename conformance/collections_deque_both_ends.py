# A deque used from both ends, long enough to grow, wrap around and shrink: what it holds, its
# length, sys.getsizeof (the blocks its items span), indexing, rotation, insert and remove in
# the middle, a maxlen dropping from the other end, and refcounts of the items it holds.
import sys
from collections import deque

d = deque()
for i in range(300):
    if i % 3:
        d.append(i)
    else:
        d.appendleft(i)
print(len(d), d[0], d[-1], d[150], sys.getsizeof(d))
for i in range(120):
    if i % 2:
        d.pop()
    else:
        d.popleft()
print(len(d), d[0], d[-1], sys.getsizeof(d), list(d)[:5])
d.rotate(7)
print(d[0], d[-1], sys.getsizeof(d))
d.rotate(-20)
print(d[0], d[-1])
d.insert(5, "x")
d.remove(d[10])
d[3] = "y"
del d[4]
print(len(d), list(d)[:8], d.index("x"), "y" in d, d.count("y"))
d.reverse()
print(d[0], d[-1], list(d)[-3:])
e = d.copy()
print(e == d, e is d, len(e), sys.getsizeof(e))
while d:
    d.popleft()
print(len(d), sys.getsizeof(d), bool(d))
q = deque(maxlen=5)
for i in range(12):
    q.append(i)
    if i % 4 == 0:
        q.appendleft(-i)
print(q, len(q), sys.getsizeof(q))
item = object()
r = deque([item] * 70)
print(sys.getrefcount(item))
for _ in range(35):
    r.popleft()
    r.append(item)
    r.pop()
print(sys.getrefcount(item), len(r))
r.clear()
print(sys.getrefcount(item), len(r), sys.getsizeof(r))
it = iter(deque(range(3)))
print(next(it), list(it))
m = deque(range(5))
try:
    for x in m:
        m.append(x)
except RuntimeError as err:
    print(err)
