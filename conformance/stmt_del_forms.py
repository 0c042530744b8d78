import sys
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
a = D("a")
b = D("b")
c = D("c")
del a, c
print("--")
o = D("o")
o.attr = D("attr")
del o.attr
print("--")
l = [D("l0"), D("l1"), D("l2")]
del l[1]
print(len(l), l[0].tag, l[1].tag)
del l[-1]
print("--")
d = {"x": D("dx"), "y": D("dy")}
del d["x"]
print(list(d))
del d, l, o, b
print("end")
