class C:
    def m(self):
        return 1
c = C()
d = C()
a = c.m
b = c.m
print(a is b, a == b, a != b, c.m == d.m)
l = []
print(l.append == l.append, l.append is l.append)
print(a() + b())
