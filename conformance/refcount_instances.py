import sys
class C:
    def __init__(self, peer):
        self.peer = peer
        print("in __init__", sys.getrefcount(self))
    def show(self):
        print("in show", sys.getrefcount(self))
    def pass_self(self):
        return sys.getrefcount(self)
p = C(None)
print(sys.getrefcount(p))
c = C(p)
print(sys.getrefcount(p), sys.getrefcount(c))
c.show()
p.show()
print(c.pass_self(), C.pass_self(c))
group = [c, c]
lookup = {"c": c}
print(sys.getrefcount(c))
def take(obj):
    obj.show()
    return sys.getrefcount(obj)
print(take(c), take(C(None)))
del group, lookup
c.peer = None
print(sys.getrefcount(c), sys.getrefcount(p))
