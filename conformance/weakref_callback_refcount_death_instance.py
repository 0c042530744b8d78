import gc, weakref
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
names = {}
def cb(r):
    print("callback", names[id(r)])
class P:
    def __del__(self):
        print("__del__ P, attributes still there:", self.x.name, self.y.name)
p = P()
p.x = T("x")
p.y = T("y")
wp = weakref.ref(p, cb)
names[id(wp)] = "p"
wx = weakref.ref(p.x, cb)
names[id(wx)] = "p.x"
del p
print("-- a list of two --")
l = [T("first"), T("second")]
w0 = weakref.ref(l[0], cb)
names[id(w0)] = "l[0]"
w1 = weakref.ref(l[1], cb)
names[id(w1)] = "l[1]"
del l
print("end")
