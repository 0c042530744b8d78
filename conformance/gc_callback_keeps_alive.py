import gc, weakref
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def on_death(self, r):
        print("never called")
    def __del__(self):
        print("__del__", self.tag)
a = N("a")
a.me = a
# the weakref's callback is a bound method of the referent: the weakref keeps it alive
w = weakref.ref(a, a.on_death)
del a
print("collect", gc.collect(), w() is not None)
del w
print("collect", gc.collect())
