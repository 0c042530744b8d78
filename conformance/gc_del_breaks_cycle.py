import gc
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
        if self.tag == "a":
            # breaking the cycle from a finalizer: b is still garbage
            del self.other
a = N("a")
b = N("b")
a.other = b
b.other = a
a.payload = [1, 2]
del a, b
print("collect", gc.collect())
print("collect", gc.collect())
