a = []
b = a
c = []
print(id(a) == id(b), id(a) == id(c), type(id(a)))
print(id(a) > 0, hex(id(a)) == hex(id(b)))
class C:
    pass
o = C()
print(repr(o) == "<__main__.C object at " + hex(id(o)) + ">")
x = None
print(id(x) == id(None))
