import gc
gc.collect()
a = [1]
b = [2]
pair = [a, b]
print(gc.get_referents(pair) == [b, a])
print(gc.get_referents((a, b)) == [b, a])
print(gc.get_referents({"k": a, "j": b}) == [a, b])
class C:
    pass
c = C()
c.x = a
c.y = b
r = gc.get_referents(c)
print(len(r), r[0] is a, r[1] is b, r[2] is C)
print(gc.get_referents(1, "s") == [])
both = gc.get_referents(a, pair)
print(len(both), both[0] is b, both[1] is a)
holders = gc.get_referrers(a)
print(len(holders))
found_pair = False
found_c = False
for h in holders:
    if h is pair:
        found_pair = True
    if h is c:
        found_c = True
print(found_pair, found_c)
del holders, h
lone = []
print(gc.get_referrers(lone) == [] or len(gc.get_referrers(lone)))
d = {"k": lone}
refs = gc.get_referrers(lone)
print(len(refs), refs[0] is d)
