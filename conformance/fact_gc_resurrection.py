import gc
saved = []
class P:
    def __del__(self):
        print("__del__")
        saved.append(self)
gc.collect()
p = P()
p.me = p
del p
print("collect", gc.collect())
saved.clear()
print("collect", gc.collect())
