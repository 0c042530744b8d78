import gc, sys
gc.collect()
class A: pass
del A
print(gc.collect())
class B:
    def m(self): pass
del B
print(gc.collect())
class C: pass
class D(C): pass
del D
print(gc.collect())
print(sys.getrefcount(C))
del C
print(gc.collect())
class E:
    x = [1]
    def __init__(self): pass
    def __del__(self): pass
del E
print(gc.collect())
