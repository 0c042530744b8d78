import gc
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
gc.collect()
old = N("old")
old.me = old
gc.collect(0)
young = N("young")
young.me = young
del old, young
print(gc.collect())
