import sys

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def outer():
    z = Obj("z local")
    b = Obj("b cell")
    a = Obj("a cell")
    y = Obj("y local")
    def inner():
        return a.name + b.name
    print(inner())
    print(sys.getrefcount(a))
    print("leaving outer")

outer()
print("after outer")

def param_cell(p, q):
    def show():
        return p.name
    print(show())

param_cell(Obj("p param cell"), Obj("q param"))
print("after param_cell")

def make(n):
    items = [Obj("item"), Obj("item2")]
    def total():
        return len(items) + n
    return total

t = make(2)
print(t())
print(t.__closure__[0].cell_contents == 2, len(t.__closure__))
del t
print("after del t")

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec

inc, dec = counter()
print(inc(), inc(), dec())
print(inc.__closure__[0] is dec.__closure__[0])
print(sys.getrefcount(inc.__closure__[0]))

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs

fs = late()
print(fs[0](), fs[1](), fs[2]())

def unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print(e)
    v = 1
    del v
    try:
        g()
    except NameError as e:
        print(e)
unbound()
