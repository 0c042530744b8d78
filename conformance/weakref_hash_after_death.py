# A weakref's hash is its referent's (its class's __hash__ run once), remembered from the first
# hash(): once the referent dies, hash() still gives it, and a set of weakrefs finds and discards
# the dead ones by it (as a WeakSet's callback does), leaving the same layout as CPython's. The
# hashes collide (multiples of 1024), so the order shows every slot.
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n * 1024


items = [Item(i) for i in range(60)]
refs = [weakref.ref(o) for o in items]
hashes = [hash(r) for r in refs]
members = set(refs)
del items[::3]
gc.collect()
print([hash(r) == h for r, h in zip(refs[:6], hashes)], [r() is None for r in refs[:6]])
for r in refs[::3]:
    members.discard(r)
members.add(refs[1])
print(len(members), [r().n for r in members][:15])

plain = [Item(i) for i in range(20)]
wrs = [weakref.ref(o) for o in plain]
for w in wrs[:10]:
    hash(w)
del plain[:]
gc.collect()
print(sum(1 for w in wrs if w() is None), [hash(w) for w in wrs[:3]])
for w in wrs[10:12]:
    try:
        hash(w)
    except TypeError as e:
        print("TypeError:", e)
ws = weakref.WeakSet(Item(i) for i in range(5))
kept = [Item(i) for i in range(5, 15)]
for o in kept:
    ws.add(o)
del kept[::2]
gc.collect()
print(len(ws), sorted(o.n for o in ws), [o.n for o in ws])
