import gc, weakref
class N:
    def __del__(self):
        print("__del__")
a = N()
w = weakref.ref(a, lambda r: print("callback"))
del a
print("-- cycle --")
b = N()
b.me = b
w = weakref.ref(b, lambda r: print("callback"))
del b
print("collect", gc.collect())
