import gc, weakref
gc.collect()
class C:
    pass
c = C()
# argument checks of the weakref module (Modules/_weakref.c, Objects/weakrefobject.c, weakref.py)
try:
    weakref.ref()
    print('weakref.ref()', 'no error')
except TypeError as e:
    print('weakref.ref()', 'TypeError:', e)
try:
    weakref.ref(c, None, 1)
    print('weakref.ref(c, None, 1)', 'no error')
except TypeError as e:
    print('weakref.ref(c, None, 1)', 'TypeError:', e)
try:
    weakref.ref(c)(1)
    print('weakref.ref(c)(1)', 'no error')
except TypeError as e:
    print('weakref.ref(c)(1)', 'TypeError:', e)
try:
    weakref.proxy()
    print('weakref.proxy()', 'no error')
except TypeError as e:
    print('weakref.proxy()', 'TypeError:', e)
try:
    weakref.proxy(c, None, 1)
    print('weakref.proxy(c, None, 1)', 'no error')
except TypeError as e:
    print('weakref.proxy(c, None, 1)', 'TypeError:', e)
try:
    weakref.getweakrefcount()
    print('weakref.getweakrefcount()', 'no error')
except TypeError as e:
    print('weakref.getweakrefcount()', 'TypeError:', e)
try:
    weakref.getweakrefcount(c, 1)
    print('weakref.getweakrefcount(c, 1)', 'no error')
except TypeError as e:
    print('weakref.getweakrefcount(c, 1)', 'TypeError:', e)
try:
    weakref.getweakrefs()
    print('weakref.getweakrefs()', 'no error')
except TypeError as e:
    print('weakref.getweakrefs()', 'TypeError:', e)
try:
    weakref.finalize()
    print('weakref.finalize()', 'no error')
except TypeError as e:
    print('weakref.finalize()', 'TypeError:', e)
try:
    weakref.finalize(c)
    print('weakref.finalize(c)', 'no error')
except TypeError as e:
    print('weakref.finalize(c)', 'TypeError:', e)
try:
    f = weakref.finalize(c, print)
    f.detach(1)
    print('f = weakref.finalize(c, print); f.detach(1)', 'no error')
except TypeError as e:
    print('f = weakref.finalize(c, print); f.detach(1)', 'TypeError:', e)
try:
    w = weakref.WeakSet()
    w.add()
    print('w = weakref.WeakSet(); w.add()', 'no error')
except TypeError as e:
    print('w = weakref.WeakSet(); w.add()', 'TypeError:', e)
try:
    w = weakref.WeakSet()
    w.discard()
    print('w = weakref.WeakSet(); w.discard()', 'no error')
except TypeError as e:
    print('w = weakref.WeakSet(); w.discard()', 'TypeError:', e)
try:
    w = weakref.WeakSet()
    w.__len__(1)
    print('w = weakref.WeakSet(); w.__len__(1)', 'no error')
except TypeError as e:
    print('w = weakref.WeakSet(); w.__len__(1)', 'TypeError:', e)
try:
    w = weakref.WeakValueDictionary()
    w.get()
    print('w = weakref.WeakValueDictionary(); w.get()', 'no error')
except TypeError as e:
    print('w = weakref.WeakValueDictionary(); w.get()', 'TypeError:', e)
try:
    w = weakref.WeakValueDictionary()
    w.pop()
    print('w = weakref.WeakValueDictionary(); w.pop()', 'no error')
except TypeError as e:
    print('w = weakref.WeakValueDictionary(); w.pop()', 'TypeError:', e)
try:
    w = weakref.WeakValueDictionary()
    w.setdefault()
    print('w = weakref.WeakValueDictionary(); w.setdefault()', 'no error')
except TypeError as e:
    print('w = weakref.WeakValueDictionary(); w.setdefault()', 'TypeError:', e)
try:
    w = weakref.WeakValueDictionary()
    w.__setitem__('a')
    print("w = weakref.WeakValueDictionary(); w.__setitem__('a')", 'no error')
except TypeError as e:
    print("w = weakref.WeakValueDictionary(); w.__setitem__('a')", 'TypeError:', e)
try:
    w = weakref.WeakKeyDictionary()
    w.get()
    print('w = weakref.WeakKeyDictionary(); w.get()', 'no error')
except TypeError as e:
    print('w = weakref.WeakKeyDictionary(); w.get()', 'TypeError:', e)
try:
    w = weakref.WeakKeyDictionary()
    w.keys(1)
    print('w = weakref.WeakKeyDictionary(); w.keys(1)', 'no error')
except TypeError as e:
    print('w = weakref.WeakKeyDictionary(); w.keys(1)', 'TypeError:', e)
try:
    weakref.WeakSet(1)
    print('weakref.WeakSet(1)', 'no error')
except TypeError as e:
    print('weakref.WeakSet(1)', 'TypeError:', e)
try:
    weakref.WeakValueDictionary(1)
    print('weakref.WeakValueDictionary(1)', 'no error')
except TypeError as e:
    print('weakref.WeakValueDictionary(1)', 'TypeError:', e)
