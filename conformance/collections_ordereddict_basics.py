# OrderedDict: order of iteration, views, repr, move_to_end, popitem(last=), equality, sizes, release order (dict order).
import collections, sys, gc, json, pprint
O = collections.OrderedDict
o = O(a=1, b=2, c=3)
print(o, list(o), o.keys(), o.values(), o.items(), type(iter(o)), type(o.keys()))
o.move_to_end('a'); print(o, list(o.items()))
o.move_to_end('c', last=False); print(o, list(o.values()))
print(o.popitem(), o.popitem(last=False), o)
print(O(a=1, b=2) == O(b=2, a=1), O(a=1, b=2) == dict(b=2, a=1), dict(O(x=1, y=2)))
for f in [lambda: O(1, 2), lambda: o.move_to_end('zz'), lambda: O().popitem(), lambda: o.move_to_end(), lambda: o.popitem(1, 2)]:
    try: f()
    except (TypeError, KeyError) as e: print(type(e).__name__, repr(e))
print(repr(O()), str(o))
a = O(); a['x'] = a; print(a)
sz = sys.getsizeof
r = [sz(O())]
p = O()
for i in range(12): p[str(i)] = i; r.append(sz(p))
del p['3']; r.append(sz(p)); p.move_to_end('5'); r.append(sz(p)); p.popitem(); p.popitem(last=False); r.append(sz(p))
p.clear(); r.append(sz(p)); p['a'] = 1; r.append(sz(p))
print(r)
print(gc.is_tracked(O()), isinstance(o, dict), type(o))
lru = O()
for k in 'abcab':
    if k in lru: lru.move_to_end(k)
    lru[k] = len(lru)
    if len(lru) > 2: lru.popitem(last=False)
print(lru, json.dumps(lru))
q = O([(str(i) * 12, list(range(5))) for i in range(6)])
q.move_to_end('000000000000')
pprint.pprint(q)
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
z = O([(1, N(1)), (2, N(2)), (3, N(3))])
z.move_to_end(1)
print(list(z))
del z
c = o.copy(); print(type(c), c == o, c is o)
it = iter(o)
o['new'] = 5
try: next(it)
except RuntimeError as e: print(e)
for k, v in O(x=[1]).items(): print(k, v, sys.getrefcount(v))
