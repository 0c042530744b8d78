# Weak containers made from dicts, weak dicts, pairs and keywords (no reference kept, bad
# arguments refused as weakref.py refuses them), WeakSet's repr; an OrderedDict's nodes each own
# a reference to their key (refcounts, gc.get_referents, release order); get_referents of others.
import sys, weakref
class K:
    def __init__(self, name): self.name = name
    def __repr__(self): return 'K(%s)' % self.name
k = K('k')
j = K('j')
w = weakref.WeakValueDictionary({'a': k}); del w
print(sys.getrefcount(k))
wk = weakref.WeakKeyDictionary({k: 1}); del wk
print(sys.getrefcount(k))
print(sorted(weakref.WeakValueDictionary(y=k)))
print(sorted(weakref.WeakValueDictionary([('x', k)], y=j).items(), key=lambda p: p[0]))
for bad in [lambda: weakref.WeakSet(x=1), lambda: weakref.WeakKeyDictionary(a=1), lambda: weakref.WeakSet([], []),
            lambda: weakref.WeakValueDictionary([1]), lambda: weakref.WeakValueDictionary([(1, 2, 3)]),
            lambda: weakref.WeakValueDictionary({}, {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = weakref.WeakValueDictionary(); a['x'] = k
b = weakref.WeakValueDictionary(a)
print(len(b), b['x'])
c = weakref.WeakKeyDictionary({k: 1, j: 2})
d = weakref.WeakKeyDictionary(c)
print(len(d), d[k], d[j])
e = weakref.WeakKeyDictionary(dict=[(k, 5)])
print(e[k])
s = weakref.WeakSet({k: 1})
print(len(s), k in s)
s2 = weakref.WeakSet(data=[j])
print(len(s2), j in s2)
print(repr(weakref.WeakSet()))
print(repr(s).split(' at ')[0])
print(sys.getrefcount(k), sys.getrefcount(j))
del a, b, c, d, e, s, s2
print(sys.getrefcount(k), sys.getrefcount(j))
del k
print(weakref.WeakValueDictionary(None) is not None)
import gc, sys
from collections import OrderedDict
class K: pass
k = K()
od = OrderedDict()
od[k] = 1
print(sys.getrefcount(k))
k.od = od
del k, od
print(gc.collect())
print(sorted(type(r).__name__ for r in gc.get_referents(OrderedDict(a=1.5))))
print(sorted(type(r).__name__ for r in gc.get_referents(OrderedDict([(K(), [1])]))))
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
od = OrderedDict()
a, b, c = D('a'), D('b'), D('c')
od[a] = D('va'); od[b] = D('vb'); od[c] = D('vc')
print(sys.getrefcount(a))
del a, b, c
print('pop'); x = od.popitem(last=False); del x
print('del'); k = next(iter(od)); del od[k]; del k
od[D('d')] = D('vd')
print('clear'); od.clear()
od2 = OrderedDict([(D('e'), D('ve')), (D('f'), D('vf'))])
od2.move_to_end(next(iter(od2)))
print('dealloc'); del od2
k1, k2 = D('g'), D('h')
od3 = OrderedDict([(k1, 1), (k2, 2)])
od3[k1] = 3
print(sys.getrefcount(k1), sys.getrefcount(k2))
del k1, k2
cyc = OrderedDict(); cyc['self'] = cyc; cyc[D('i')] = cyc
del cyc
del od3
print("collect", gc.collect())
print('end')
import gc
from collections import OrderedDict, defaultdict, Counter, deque
class C:
    x = 1
    def m(self): pass
c = C()
c.a = [1]
def outer():
    v = [2]
    def inner(): return v
    return inner
f = outer()
def names(o):
    return sorted(type(r).__name__ for r in gc.get_referents(o))
for label, o in [('class', C), ('instance', c), ('method', c.m), ('cell', f.__closure__[0]), ('defaultdict', defaultdict(list, a=[1])),
                 ('Counter', Counter('ab')), ('deque', deque([[1]])), ('weakref', weakref.ref(c)), ('weakref cb', weakref.ref(c, print)),
                 ('list', [[1], 2]), ('dict', {'k': [1]}), ('set', {1, (2,)}), ('tuple', ([1],)), ('int', 5), ('str', 'a'), ('module', gc)]:
    try:
        print(label, names(o))
    except Exception as e:
        print(label, type(e).__name__, e)
# A weak container whose making fails part way: the items not reached are released too.
class M:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def make():
    try:
        weakref.WeakSet([M(1), 3, M(2)])
    except TypeError:
        pass
    try:
        weakref.WeakValueDictionary([('a', M(3)), ('b', 4), ('c', M(5))])
    except TypeError:
        pass
make()
print('after the failed makes')
