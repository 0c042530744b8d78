# Instance attributes as shared keys: insertion order, deletion, many names, and the orders the
# collector and gc.get_referents see, for instances that set the same names in different orders.
import gc


class P:
    pass


a = P()
a.x = 1
a.y = 2
b = P()
b.y = 3
b.x = 4
print(vars(a), vars(b))
del a.x
print(vars(a), hasattr(a, "x"), getattr(a, "x", "gone"))
a.x = 5
print(vars(a))
a.y = 6
print(vars(a))
del b.y
del b.x
print(vars(b), b.__dict__ == {})
b.z = 7
print(vars(b))

# Past 8 and past 32 names: the same values come back, in insertion order.
many = P()
for i in range(40):
    setattr(many, "n%d" % i, i * i)
print(len(vars(many)), many.n0, many.n8, many.n9, many.n31, many.n32, many.n39)
del many.n20
many.n20 = "again"
print(list(vars(many))[-3:], many.n20)
del many.n0, many.n3, many.n6, many.n9, many.n12, many.n15, many.n18, many.n21, many.n24
del many.n27, many.n30, many.n33, many.n36, many.n39
print(sorted(vars(many))[:5], len(vars(many)))

# A built-in exception's instance keeps any number of names without a __dict__ of its own.
e = ValueError("e")
for i in range(40):
    setattr(e, "e%d" % i, i)
del e.e5
e.e5 = "back"
e.e39 += 1
print(e.e0, e.e5, e.e39, e.e38, hasattr(e, "e40"))
print(len(vars(e)), list(vars(e))[:3], list(vars(e))[-2:])

# Each instance with names of its own.
own = [P() for _ in range(5)]
for k, o in enumerate(own):
    for j in range(k + 1):
        setattr(o, "own%d_%d" % (k, j), j)
print([len(vars(o)) for o in own], vars(own[2]))


class T:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "T(%s)" % self.name


class Node:
    def __del__(self):
        print("del", self.name)


# gc.get_referents: the values in the class's shared-key order, the class last.
c = P()
c.first = T("c1")
c.second = T("c2")
d = P()
d.second = T("d2")
d.first = T("d1")
d.third = T("d3")
print([r for r in gc.get_referents(c) if isinstance(r, T)])
print([r for r in gc.get_referents(d) if isinstance(r, T)])

# Cycles through attributes set in different orders: the collector's order decides the order of
# the finalizers.
gc.collect()
for names in (("left", "right"), ("right", "left")):
    n1 = Node()
    n1.name = "n1-" + names[0]
    n2 = Node()
    n2.name = "n2-" + names[0]
    n3 = Node()
    n3.name = "n3-" + names[0]
    setattr(n1, names[0], n2)
    setattr(n1, names[1], n3)
    n2.back = n1
    n3.back = n1
    del n1, n2, n3
    print("collected", gc.collect())

# An attribute set again in __del__ while its instance is being cleared by the collector.
class Phoenix:
    def __del__(self):
        print("phoenix del", sorted(vars(self)))
        self.late = "set in __del__"


x = Phoenix()
x.me = x
x.other = T("x-other")
del x
print("collected", gc.collect())
print(len(gc.garbage))
