# Counter: counting, update/subtract, most_common, total, repr in count order, == with zero counts, sizes, pprint, json.
import collections, sys, gc, json, pprint
C = collections.Counter
c = C('abracadabra'); print(c, c.most_common(2), c['z'], 'z' in c, len(c), sys.getsizeof(C()), sys.getsizeof(c), sys.getsizeof(dict(c)))
print(C(), C(a=2, b=1), C({'x': 3, 'y': 5}), C(['a','b','a']), type(c), gc.is_tracked(C()), isinstance(c, dict))
c.update('aaz'); print(c); c.update({'a': 10}); print(c); c.subtract('a'); print(c, c.total())
c.subtract({'b': 5}, r=1); print(c)
for f in [lambda: C(1), lambda: C('a', 'b')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(C(a='x', b='y'))
print(C(a=1, b=1, c=2).most_common(), C(a=1,b=1,c=2).most_common(1), C().most_common(), C(a=1).most_common(0))
print(C(a=1, b=0) == C(a=1), C(a=1) == {'a': 1}, C(a=1) != C(a=2))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = C(words)
print(counts.most_common(3), json.dumps(counts))
pprint.pprint(C({f'word{i:02d}': i % 7 for i in range(14)}))
d = c.copy(); print(type(d), d == c, d is c)
c['new'] += 2; print(c['new'], c['missing'], 'missing' in c)
class N:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'N({self.n})'
    def __del__(self): print('del', self.n)
a, b = N(1), N(2)
k = C([a, b, a])
print(len(k), k[a], sys.getrefcount(a))
del a, b
print('drop')
del k
print('end')
