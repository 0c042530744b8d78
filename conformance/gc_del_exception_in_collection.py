import gc
gc.collect()
class Bad:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
        raise RuntimeError("in __del__")
a = Bad("a")
b = Bad("b")
a.b = b
b.a = a
del a, b
print("collect", gc.collect())
print("end")
