import gc
gc.collect()
class Node:
    pass
a = Node()
a.me = a
del a
print("self-cycle", gc.collect())
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("pair, no __dict__", gc.collect())
a = Node()
b = Node()
a.other = b
b.other = a
print(len(a.__dict__))
del a, b
print("pair, one __dict__", gc.collect())
a = Node()
b = Node()
a.other = b
b.other = a
a.__dict__
b.__dict__
del a, b
print("pair, two __dict__", gc.collect())
x = Node()
y = Node()
z = Node()
x.next = y
y.next = z
z.next = x
x.data = [1, 2, 3]
del x, y, z
print("ring of 3 with a list", gc.collect())
