import gc
gc.collect()
class C:
    pass
class D(C):
    def m(self):
        pass
print(gc.is_tracked(C), gc.is_tracked(D))
print(gc.is_tracked(D.m), gc.is_tracked(D().m))
