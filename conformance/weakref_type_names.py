# What type() says about the objects of the weakref module, as a tutorial prints them.
import weakref


class Cache:
    pass


def cleanup():
    print('cleanup')


obj = Cache()
values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
fin = weakref.finalize(obj, cleanup)
ref = weakref.ref(obj)
proxy = weakref.proxy(obj)
func_proxy = weakref.proxy(cleanup)

for thing in (values, keys, members, fin, ref, proxy, func_proxy):
    t = type(thing)
    print(t, t.__name__, t.__qualname__, t.__module__)

print(weakref.ref, weakref.proxy)
print(weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet)
print(weakref.finalize, weakref.KeyedRef)
print(weakref.ReferenceType, weakref.ProxyType, weakref.CallableProxyType)
print(type(ref) is weakref.ref, weakref.ref is weakref.ReferenceType)
print(isinstance(ref, weakref.ReferenceType), isinstance(proxy, weakref.ProxyType))
print(type(values).__name__ == 'WeakValueDictionary')
del obj
print('end')

# isinstance checks a proxy's own type before asking its referent.
import sys

target = Cache()
p = weakref.proxy(target)
before = sys.getrefcount(True)
checks = [isinstance(p, weakref.ProxyType), isinstance(p, Cache), isinstance(p, (int, Cache))]
print(checks, sys.getrefcount(True) - before)
del target
print(isinstance(p, weakref.ProxyType))
try:
    isinstance(p, Cache)
except ReferenceError as e:
    print('ReferenceError:', e)
