import gc
gc.collect()
class Maker:
    def __del__(self):
        print("__del__ makes a new cycle")
        l = []
        l.append(l)
m = Maker()
m.me = m
del m
print("collect", gc.collect())
print("next collect finds the new cycle", gc.collect())
