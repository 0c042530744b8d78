import gc
gc.collect()
saved = []
class P:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
        if self.tag == "a":
            saved.append(self)
a = P("a")
b = P("b")
a.b = b
b.a = a
del a, b
print("collect", gc.collect())
print(len(saved), saved[0].tag, saved[0].b.tag)
saved.clear()
print("collect", gc.collect())
print("collect", gc.collect())
