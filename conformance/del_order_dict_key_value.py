class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
d = {D("k1"): D("v1"), D("k2"): D("v2")}
del d
print("--")
d = {"a": D("a"), "b": D("b"), "c": D("c")}
d.clear()
print("--")
d = {"x": D("x"), "y": D("y")}
d["x"] = D("x2")
print("replaced x")
d.pop("y")
print("popped y")
d = {}
print("--")
e = {1: [D("list in dict 0"), D("list in dict 1")], 2: (D("tuple in dict"),)}
del e
print("end")
