# defaultdict: __missing__ and default_factory, repr, copy, sizes, tracking, refcounts and release order.
import sys, collections, gc
print(sys.getsizeof(collections.defaultdict()), sys.getsizeof(collections.defaultdict(list, a=1)))
print(gc.is_tracked(collections.defaultdict()))
d = collections.defaultdict(list); print(repr(d), d.default_factory, type(d), isinstance(d, dict))
d['a'].append(1); d['b']; print(d, len(d), d.get('zz'), 'zz' in d, d['a'])
d.default_factory = None
print(d)
try: d['x']
except KeyError as e: print('KeyError', e)
try: collections.defaultdict(1)
except TypeError as e: print(e)
dd = collections.defaultdict(lambda: dd); print(dd['a'] is dd, repr(dd).replace(repr(dd.default_factory), 'F'))
print(collections.defaultdict(int, {'a': 1}, b=2), collections.defaultdict(None, [('x', 1)]))
counts = collections.defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(counts, dict(counts), sorted(counts.items()))
c = counts.copy(); print(type(c), c == counts, c is counts, c.default_factory)
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
x = collections.defaultdict(N, {1: N(1)}); x[2] = N(2)
print(sys.getrefcount(x[1]), sys.getrefcount(N))
del x
print('--')
def factory(): return []
g = collections.defaultdict(factory)
print(sys.getrefcount(factory))
del g
print(sys.getrefcount(factory))
