class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
class Owner:
    def __init__(self, first):
        self.first = first
    def __del__(self):
        print("Owner.__del__ sees", self.first.tag, self.second.tag)
o = Owner(D("first"))
o.second = D("second")
o.third = D("third")
del o
print("--")
p = Owner(D("p.first"))
p.third = D("p.third")
p.second = D("p.second")
del p
print("--")
class Plain:
    pass
q = Plain()
q.b = D("q.b")
q.a = D("q.a")
r = Plain()
r.a = D("r.a")
r.b = D("r.b")
del q, r
