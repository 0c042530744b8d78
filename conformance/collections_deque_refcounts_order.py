# deque: release order (left to right), a cycle through a deque, maxlen pushing items out, refcounts, iteration.
import collections, gc, sys
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
d = collections.deque([N(1), N(2), N(3)])
del d
print('--')
d = collections.deque([N(1), N(2), N(3)])
d.clear()
print('-- cycle')
d = collections.deque([N(1), N(2), N(3)])
d.append(d)
del d
print(gc.collect())
print('-- maxlen')
d = collections.deque(maxlen=2)
for i in range(4):
    d.append(N(i)); print('appended', i)
d.appendleft(N(9))
print(d.maxlen, len(d), sys.getrefcount(d), gc.is_tracked(d), sys.getsizeof(collections.deque()), sys.getsizeof(d))
print(type(d), repr(collections.deque()), collections.deque([1,2], maxlen=5), collections.deque([1,[2]], 3))
x = [1]
d2 = collections.deque([x, x])
print(sys.getrefcount(x))
for it in d2: print(sys.getrefcount(x))
it = iter(d2); print(type(it), sys.getrefcount(d2))
d2.rotate(1); print(d2); d2.rotate(-3); print(d2)
print(d2[0], d2[-1], x in d2, d2 == collections.deque([[1],[1]]), bool(d2), d2.index(x), d2.count(x))
d2.extendleft([5, 6]); print(d2, d2.pop(), d2.popleft(), d2)
try: collections.deque().pop()
except IndexError as e: print(e)
try: collections.deque().popleft()
except IndexError as e: print(e)
d3 = collections.deque([1,2,3])
try:
    for v in d3: d3.append(4)
except RuntimeError as e: print(e)
