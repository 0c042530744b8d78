import sys
s = set()
s.add(3)
s.add(3)
print(s, len(s))
s.add(1)
print(len(s), 1 in s)
s.discard(1)
s.discard(100)
print(s)
s.remove(3)
print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e)
t = {5, 6, 7}
print(t.clear(), t, len(t))
class K:
    pass
k = K()
u = set()
u.add(k)
print(sys.getrefcount(k), k in u)
u.add(k)
print(sys.getrefcount(k))
u.discard(k)
print(sys.getrefcount(k), u)
print(set([2, 2]), set((4, 4)), set("aaa"))
