# Which ids are equal, as CPython's allocator gives addresses out: a freed object's memory goes
# to the next object of its size (pymalloc, LIFO) or of its type (the free lists of floats,
# tuples, lists and dicts).
class Foo:
    def bar(self):
        pass


foo = Foo()
print(id({}) == id({}), id([]) == id([]), id(object()) == id(object()), id(foo.bar) == id(foo.bar))
print(id(()) == id(()), id((1, 2)) == id((1, 2)), id(1.5) == id(1.5), foo.bar is foo.bar)
a = Foo()
addr = id(a)
del a
b = Foo()
print("instance:", id(b) == addr)
x = [1, 2, 3]
xa = id(x)
del x
y = [4, 5, 6]
print("list:", id(y) == xa)
f1 = 1.5 * len("ab")
fa = id(f1)
del f1
f2 = 2.5 * len("ab")
print("float:", id(f2) == fa)
t = (len("a"), 2)
ta = id(t)
del t
t2 = (len("ab"), 3)
print("tuple:", id(t2) == ta)
t3 = (len("abc"), 3, 4)
print("tuple of another length:", id(t3) == ta)
d = {"a": 1}
da = id(d)
del d
e = {}
print("dict:", id(e) == da)
ids = [id(Foo()) for i in range(5)]
print("temporaries:", len(set(ids)))
objs = [Foo() for i in range(5)]
print("kept:", len(set([id(o) for o in objs])))
s1 = "hello" + str(len("abc"))
sa = id(s1)
del s1
s2 = "world" + str(len("abcd"))
print("str (str() of an int takes the block first):", id(s2) == sa)
n1 = 10 ** 20 + len("a")
na = id(n1)
del n1
n2 = 10 ** 20 + len("ab")
print("int:", id(n2) == na)
print(id(foo) == id(foo), id(Foo()) == id(Foo()))


def make():
    return object()


print(id(make()) == id(make()))
seen = []
for i in range(3):
    seen.append(id(object()))
print(seen[0] == seen[1] == seen[2])
x = 7
s = "hello world"
print(str(4) is str(4), repr(5) is repr(5), f"{x}" is f"{x}", str(s) is s, f"{s}" is s)
l1 = [1, 2]
l2 = [3, 4]
i1, i2 = id(l1), id(l2)
del l1
del l2
l3 = []
l4 = []
print("lists come back last freed first:", id(l3) == i2, id(l4) == i1)
