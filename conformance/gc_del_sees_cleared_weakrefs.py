import gc, weakref
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag, "partner via weakref:", self.w(), "partner directly:", self.partner.tag)
a = N("a")
b = N("b")
a.partner = b
b.partner = a
a.w = weakref.ref(b)
b.w = weakref.ref(a)
outside = weakref.ref(a)
del a, b
print("collect", gc.collect())
print(outside())
