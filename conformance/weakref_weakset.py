import gc, weakref
gc.collect()
class M:
    pass
s = weakref.WeakSet()
a = M()
b = M()
s.add(a)
s.add(b)
s.add(a)
print(len(s), a in s, b in s)
del a
print(len(s))
b.me = b
del b
print(len(s))
print("collect", gc.collect())
print(len(s))
c = M()
s.add(c)
s.discard(c)
print(len(s), c in s)
s.add(c)
n = 0
for x in s:
    n += 1
    print(x is c)
del x
print(n)
del c
print(len(s))
