import gc
gc.collect()
# a list that contains itself
a = []
a.append(a)
print(a)
del a
print("self-cycle", gc.collect())
# two lists referring to each other, plus atomic items
a = [1, 2]
b = [3, a]
a.append(b)
print(a, b)
del a, b
print("pair", gc.collect())
# a ring of five lists
first = []
cur = first
for i in range(4):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
cur.append(first)
del first, cur, nxt
print("ring of 5", gc.collect())
# a cycle that is still reachable is not collected
keep = []
keep.append(keep)
print("reachable", gc.collect())
holder = [keep]
del keep
print("still reachable", gc.collect())
del holder
print("holder gone", gc.collect())
print("again", gc.collect())
