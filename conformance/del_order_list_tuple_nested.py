class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
l = [D("a"), [D("b0"), D("b1")], D("c")]
del l
print("--")
t = (D("t0"), (D("u0"), D("u1")), D("t2"))
t = None
print("--")
l = [D("p0"), D("p1"), D("p2")]
l[1] = None
print("replaced")
l.pop()
print("popped")
l.remove(l[0])
print("removed", l)
print("--")
x = [D("keep")]
y = x
del x
print("still alive")
del y
print("end")
