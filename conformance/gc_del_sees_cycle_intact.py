import gc
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag, "partner", self.partner.tag, len(self.partner.data))
a = N("a")
b = N("b")
a.partner = b
b.partner = a
a.data = [1, 2]
b.data = [3]
del a, b
print("collect", gc.collect())
