import gc
a = [1]
b = [2]
print(gc.get_referents([a, b]) == [b, a])
print(gc.get_referents({"k": a}) == [a])
class C:
    pass
c = C()
c.x = a
print(gc.get_referents(c) == [a, C])
