# pprint / pformat / pp: width, indent, depth, compact, sort_dicts, underscore_numbers, long strs, sets, errors.
import pprint
data = {'name': 'heapscope', 'tags': ['memory', 'refcount', 'gc', 'weakref', 'cycles', 'finalizers', 'debugging'],
        'nested': {'z': [1, 2, 3], 'a': {'deep': [list(range(30)), 'x' * 10]}, 'm': (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24)},
        'empty': [], 'et': (), 'ed': {}, 'one': (1,), 'flt': 1.5, 'none': None, 'b': True}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True, width=30))
s = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(s)
pprint.pprint([s, s])
pprint.pprint({'text': s + '\nsecond line\n'})
pprint.pprint({3, 1, 2})
pprint.pprint(set(range(30)))
pprint.pprint([set(range(30))])
pprint.pprint(10**30, underscore_numbers=True)
pprint.pprint([123456789, -1234567], underscore_numbers=True, width=10)
print(pprint.saferepr({'b': 1, 'a': [2, 3]}), pprint.isreadable([1, 'a']), pprint.isrecursive([1]))
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'P(%d)' % self.n
print(pprint.isreadable(P(1)), pprint.isreadable(object()))
pprint.pprint([P(i) for i in range(25)])
for bad in [dict(indent=-1), dict(depth=0), dict(width=0), dict(foo=1)]:
    try: pprint.pformat([1], **bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: pprint.pformat()
except TypeError as e: print(e)
try: pprint.pformat(1, 2, 3, 4, 5)
except TypeError as e: print(e)
try: pprint.pformat(1, 2, indent=3)
except TypeError as e: print(e)
pprint.pprint([[1, 2, [3, 4, [5, 6]]]] * 3, depth=3, width=20)
pprint.pprint({'a': 1, 'b': 2}, width=1)
pprint.pprint(('x' * 30, 'y' * 30, ('z' * 40,)), width=50)
