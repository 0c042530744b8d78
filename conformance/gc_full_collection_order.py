import gc
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
g2 = N("gen2")
g2.me = g2
gc.collect()
g1 = N("gen1")
g1.me = g1
gc.collect(0)
g0 = N("gen0")
g0.me = g0
del g2, g1, g0
print("full", gc.collect())
h1 = N("h1")
h1.me = h1
gc.collect(0)
h0 = N("h0")
h0.me = h0
del h1, h0
print("collect(1)", gc.collect(1))
