# sys.getsizeof of a deque follows its blocks of 64 items as appends, pops, rotations and clear move them.
import collections, sys
sz = sys.getsizeof
d = collections.deque()
out = []
for i in range(200):
    d.append(i); out.append(sz(d))
for i in range(150):
    d.popleft(); out.append(sz(d))
for i in range(100):
    d.appendleft(i); out.append(sz(d))
d.rotate(37); out.append(sz(d)); d.rotate(-80); out.append(sz(d))
for i in range(150):
    d.pop(); out.append(sz(d))
d.clear(); out.append(sz(d))
d.extendleft(range(70)); out.append(sz(d))
e = collections.deque(range(10), maxlen=5); out.append(sz(e))
for i in range(100): e.append(i); out.append(sz(e))
f = collections.deque(range(5), 0); out.append(sz(f)); f.append(1); out.append(sz(f))
print(out)
