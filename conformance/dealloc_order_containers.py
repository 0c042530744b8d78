class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
l = [D("l0"), D("l1"), D("l2")]
del l
print("--")
t = (D("t0"), D("t1"), D("t2"))
del t
print("--")
d = {"a": D("va"), "b": D("vb")}
del d
print("--")
l = [D("c0"), D("c1")]
l.clear()
print("--")
x = D("x")
x = D("y")
print("--")
del x
