# deque methods and their errors, mutation during iteration, indexing.
import collections
d = collections.deque([1,2,3])
try:
    for v in d: d.rotate(1)
    print('rotate ok')
except RuntimeError as e: print('rotate', e)
d = collections.deque([1,2,3])
try:
    for v in d: d[0] = 5
    print('setitem ok')
except RuntimeError as e: print('setitem', e)
for f in [lambda: d.remove(9), lambda: d.index(9), lambda: d[5], lambda: collections.deque([1], maxlen=1).insert(0, 1), lambda: collections.deque(maxlen=-1), lambda: collections.deque(maxlen=1.5), lambda: collections.deque(1), lambda: collections.deque([], 1, 2), lambda: d.rotate(1.5), lambda: d.append(), lambda: d.pop(1), lambda: d['a'], lambda: d[1:2], lambda: collections.deque(foo=1), lambda: d.maxlen.x]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(d < collections.deque([6]), collections.deque([1,2]) == [1,2])
print(type(iter(d)), iter(d))
e = collections.deque('abc'); e.reverse(); print(e, e.copy(), len(e), e.insert(1, 'x'), e)
del e[0]; print(e); e[0] = 'q'; print(e)
import sys
print(sys.getsizeof(collections.deque(range(31))), sys.getsizeof(collections.deque(range(32))), sys.getsizeof(collections.deque(range(100))))
