# list.copy, list.reverse, dict.popitem, dict.fromkeys: results, references, sizes, errors.
import sys

nums = [1, 2, 3]
nums.append(4)
twin = nums.copy()
print(twin, twin == nums, twin is nums, sys.getsizeof(nums), sys.getsizeof(twin), sys.getsizeof([].copy()))
inner = [10, 20]
outer = [inner, inner, 'x']
shallow = outer.copy()
print(shallow[0] is inner, sys.getrefcount(inner))
shallow[0].append(30)
print(outer, shallow)
nums.reverse()
print(nums, [].reverse(), sys.getrefcount(inner))
letters = list('memory')
letters.reverse()
print(''.join(letters))

d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d)
del d['a']
d['z'] = 26
print(d.popitem(), d.popitem(), d)
value = object()
e = {'k': value}
print(sys.getrefcount(value))
pair = e.popitem()
print(sys.getrefcount(value), len(pair), e)
del pair
print(sys.getrefcount(value))
g = {}
for i in range(10):
    g[i] = i
while g:
    g.popitem()
g[100] = 1
print(g, sys.getsizeof(g))

print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), []), {}.fromkeys((1, 2)))
print(dict.fromkeys({1: 'a', 2: 'b'}), dict.fromkeys({3, 1, 2}, 'v'), dict.fromkeys([]))
for src in [set(), {}, 'abcdefghij', set('abcdefghij'), dict.fromkeys('abcdefghij'), range(10), {1, 2, 3}, [1] * 20]:
    print(sys.getsizeof(dict.fromkeys(src)))
shared = []
table = dict.fromkeys(['a', 'b', 'c'], shared)
table['a'].append(1)
print(table, sys.getrefcount(shared))

tests = [
    lambda: [].copy(1),
    lambda: [].reverse(1),
    lambda: {}.popitem(),
    lambda: {}.popitem(1),
    lambda: dict.fromkeys(),
    lambda: dict.fromkeys(1),
    lambda: dict.fromkeys('ab', 1, 2),
    lambda: dict.fromkeys([[]]),
    lambda: dict.fromkeys(iterable='a'),
    lambda: list.copy(5),
    lambda: dict.popitem([]),
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
