import gc
gc.collect()
# a tuple in a cycle through a list
l = []
t = (l, 1)
l.append(t)
del l, t
print("list-tuple", gc.collect())
# an atomic dict referenced from a cycle: untracked, so not counted
d = {"a": 1}
l = [d]
l.append(l)
del d, l
print("list + atomic dict", gc.collect())
# the same dict after it once held a list stays tracked until a full collection
d = {"a": 1}
d["x"] = []
del d["x"]
l = [d]
l.append(l)
del d, l
print("list + formerly tracked dict", gc.collect())
# tuple of atomics referenced from a cycle
t = (1, 2, 3)
l = [t]
l.append(l)
del t, l
print("list + atomic tuple", gc.collect())
# a set in a cycle via an instance holding a tuple
class B:
    pass
s = set()
b = B()
b.t = (s, 1)
s.add(b)
del s, b
print("set-instance-tuple", gc.collect())
