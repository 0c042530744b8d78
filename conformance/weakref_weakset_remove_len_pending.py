# WeakSet.remove of a missing item, and len() of weak containers while an iteration is running.
import sys
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Item(%r)' % self.name


a = Item('a')
b = Item('b')
s = weakref.WeakSet([a])
try:
    s.remove(b)
except KeyError as e:
    key = e.args[0]
    print(type(key).__name__, key() is b, key is weakref.ref(b))
    print('refcount of the weakref held by the KeyError:', sys.getrefcount(key))
    del key
print(weakref.getweakrefcount(b))
try:
    s.remove(3)
except TypeError as e:
    print('TypeError:', e)
s.discard(b)
s.remove(a)
print(len(s))
try:
    s.remove(a)
except KeyError as e:
    print('removed twice:', e.args[0]() is a)

# WeakSet: len() subtracts the removals still pending during an iteration (the members are
# visited in an order that depends on their addresses: only the counts are printed).
members = weakref.WeakSet()
alive = [Item('x'), Item('y'), Item('z')]
for item in alive:
    members.add(item)
del item
for m in members:
    print('len at the start', len(members))
    alive = [m]
    print('two died, len:', len(members))
    break
del m
print('after the iteration:', len(members))

# WeakKeyDictionary: the same subtraction.
keys = [Item('k1'), Item('k2'), Item('k3')]
wkd = weakref.WeakKeyDictionary()
for i in range(3):
    wkd[keys[i]] = i
for k in wkd:
    print('key', k, len(wkd))
    del keys[-1]
    print('pending, len:', len(wkd))
del k
print('after the iteration:', len(wkd))

# WeakValueDictionary: len() commits the pending removals at once, which the running
# iteration then notices.
items = [Item('p'), Item('q'), Item('r')]
d = weakref.WeakValueDictionary()
for i in range(3):
    d[i] = items[i]
try:
    for key in d:
        print('key', key, 'len', len(d))
        del items[0]
        print('after a death, len', len(d))
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(d), sorted(d.keys()))
items.append(Item('s'))
d[5] = items[-1]
n = 0
for key in d:
    n += 1
    del items[-1]
print('without len() the iteration ends normally:', n, len(d))
