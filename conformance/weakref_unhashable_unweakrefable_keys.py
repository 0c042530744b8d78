import gc, weakref
gc.collect()
class C:
    pass
c = C()
# proxies are not hashable
p = weakref.proxy(c)
try:
    {p: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add(p)
except TypeError as e:
    print("TypeError:", e)
# a dead weakref that was never hashed cannot be hashed any more
c2 = C()
w2 = weakref.ref(c2)
del c2
try:
    {w2: 1}
except TypeError as e:
    print("TypeError:", e)
# WeakKeyDictionary and WeakSet look keys up through ref(key)
wkd = weakref.WeakKeyDictionary()
wkd[c] = 1
print([] in wkd)
try:
    wkd.get([])
except TypeError as e:
    print("get TypeError:", e)
try:
    wkd[[]]
except TypeError as e:
    print("getitem TypeError:", e)
try:
    del wkd[[]]
except TypeError as e:
    print("delitem TypeError:", e)
ws = weakref.WeakSet()
print([] in ws)
try:
    ws.discard([])
except TypeError as e:
    print("discard TypeError:", e)
ws.add(c)
ws.remove(c)
print(len(ws))
try:
    ws.remove(c)
except KeyError:
    print("KeyError")
wvd = weakref.WeakValueDictionary()
try:
    wvd[[]] = c
except TypeError as e:
    print("TypeError:", e)
del c, p
