import sys, gc
def factory():
    class Local:
        def __init__(self, v):
            self.v = v
        def get(self):
            return self.v
    return Local(3).get()
print(factory())
x = [1, 2, 3]
print([x for x in x], x)
def defaults():
    base = 10
    def g(a=base):
        return a + base
    return g(), g(1)
print(defaults())
f = lambda xs: [v * 2 for v in xs]
print(f([1, 2]))
def glob():
    global gx
    gx = 5
    def inner():
        return gx
    return inner()
print(glob())
def cellinfo():
    v = [1]
    def g():
        return v
    c = g.__closure__[0]
    print(type(c), sys.getsizeof(c), gc.is_tracked(c))
    print(gc.get_referents(c) == [v], sys.getrefcount(c))
    del v
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    print(repr(c)[-7:])
cellinfo()
def outer():
    try:
        raise KeyError("k")
    except KeyError as err:
        def show():
            return repr(err)
        print(show())
    try:
        print(show())
    except NameError as e2:
        print(e2)
outer()
def rec(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(rec(10))
print(sys.getrefcount(rec))
def kw(a, b):
    def g():
        return a - b
    return g()
print(kw(b=1, a=10))
