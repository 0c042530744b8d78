# Dict views compared with sets and views, a set looked for among a set's members as a frozenset,
# Counter's del of a missing key, join's and slices' TypeErrors, keys changed during iteration, a
# slice an instance is subscripted with (repr, fields, ==; a tuple of slices), starred unpacking's
# second iter(), str()'s argument checks, and the compiler's warnings for calling or subscripting a
# literal.
d = {'a': 1, 'b': 2}
e = {'b': 2, 'a': 1}
print(d.keys() == {'a', 'b'}, d.keys() == d.keys(), d.keys() == e.keys(), {'a', 'b'} == d.keys())
print(d.items() == {('a', 1), ('b', 2)}, d.items() == e.items(), d.items() != {('a', 1)})
print(d.keys() != {'a'}, d.keys() == frozenset('ab'), d.values() == d.values())
print(d.keys() <= {'a', 'b', 'c'}, d.keys() < {'a', 'b'}, d.keys() >= {'a'}, d.keys() > {'a', 'b'}, {'a'} < d.keys())
print(d.items() <= {('a', 1), ('b', 2), ('c', 3)}, d.keys() == ['a', 'b'])
s = {frozenset({1})}
print({1} in s, {2} in s)
s.discard({1}); print(s)
try:
    s.remove({2})
except KeyError as e:
    print('KeyError', e)
from collections import Counter
c = Counter(a=1)
del c['b']
print(c)
try:
    "-".join(5)
except TypeError as e:
    print(e)
L = [1, 2]
for bad in [lambda: L[:'a'], lambda: 'ab'['x':]]:
    try:
        bad()
    except TypeError as e:
        print(e)
dd = {'a': 1, 'b': 2}
try:
    for k in dd:
        print(k)
        del dd[k]
        dd[k + 'x'] = 1
except RuntimeError as e:
    print(e)
print(dd)
class A:
    def __getitem__(self, i): return i
print(A()[1:2, 3], A()[1:2,], A()[1, 2:3], A()[::], A()[1,])
print(A()[1:3] == A()[1:3], A()[1:3] != A()[1:4])
l = list(range(10))
print(l[1:5], l[::3], l[:-2])
d = {}
d[1, 2] = 3
print(d, d[1, 2])
x = A()[::2]
print(x.start, x.stop, x.step)
class It:
    i = 0
    def __iter__(self): print('iter'); return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
a, *b = It()
print(a, b)
import sys
l = [1, 2, 3, 4]
x, *y = l
print(x, y, sys.getrefcount(l))
it = iter([5, 6, 7])
p, *q, r = it
print(p, q, r)
def g():
    yield 1
    yield 2
m, *n = g()
print(m, n)
*s, = 'abc'
print(s)
for a,k in [((1,2),{}),((1,"utf8"),{}),((1,),{"encoding":"x"}),((1,),{"errors":3}),(("a","b","c","d"),{}),((),{"object":5}),((1,),{"errors":"strict"}),(("s","u"),{})]:
  try: print(repr(str(*a,**k)))
  except Exception as e: print(type(e).__name__, e)
for f in [lambda: 5(), lambda: None[0], lambda: [1, 2]["a"], lambda: "x"[1.0], lambda: {1}[0], lambda: [1,2][1, 2]]:
    try:
        f()
    except TypeError as e:
        print(e)
