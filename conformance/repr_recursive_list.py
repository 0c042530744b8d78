l = [1]
l.append(l)
print(l)
print(repr(l), str(l))
m = [l, "m"]
print(m)
a = []
b = [a]
a.append(b)
print(a, b)
t = (l,)
print(t)
l.clear()
a.clear()
print(l, m, t)
