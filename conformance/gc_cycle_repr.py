import gc
gc.collect()
l = [1]
t = (l, 2)
l.append(t)
print(l)
print(t)
d = {"t": t}
l.append(d)
print(d)
print(repr(l))
del l, t, d
print("collect", gc.collect())
