import gc, weakref
gc.collect()
class N:
    pass
first = N()
cur = first
for i in range(500):
    nxt = N()
    cur.next = nxt
    cur = nxt
cur.next = first
w = weakref.ref(first)
del first, cur, nxt
print("alive before collect", w() is not None)
print("collect", gc.collect())
print("dead after collect", w() is None)
l = []
head = l
for i in range(300):
    l.append([])
    l = l[0]
l.append(head)
del l, head
print("nested lists", gc.collect())
