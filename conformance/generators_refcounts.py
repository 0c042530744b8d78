# A suspended generator's frame holds its function, its arguments and locals, and the iterator
# of a running for loop; they are released when it finishes or is dropped.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def walk(items, tag):
    first = Tracked(tag + "-first")
    for item in items:
        yield item
    second = Tracked(tag + "-second")
    yield second.name
    print("end of", tag)


data = [Tracked("a"), Tracked("b")]
print("function before:", sys.getrefcount(walk))
g = walk(data, "g")
print("function with a generator:", sys.getrefcount(walk))
print("list held by the frame (not started):", sys.getrefcount(data))
x = next(g)
print("list held by the frame and its for loop's iterator:", sys.getrefcount(data))
print("item:", sys.getrefcount(x))
del x
print(next(g).name)
print(next(g))
print("list after the loop:", sys.getrefcount(data))
print("finishing")
for rest in g:
    print("rest", rest)
print("function after:", sys.getrefcount(walk))
print("list after:", sys.getrefcount(data))

print("-- dropped while suspended")
h = walk(data, "h")
print(next(h).name)
del h
print("after del h:", sys.getrefcount(data))

print("-- dropped before starting")
k = walk(data, "k")
print(sys.getrefcount(data))
del k
print(sys.getrefcount(data))

print("-- locals released in order")


def several():
    p = Tracked("p")
    q = Tracked("q")
    r = Tracked("r")
    yield 1


s = several()
next(s)
s = None
print("-- a generator's result held elsewhere")


def make(n):
    for i in range(n):
        yield Tracked("item%d" % i)


kept = list(make(3))
print(len(kept))
kept.pop()
print("popped")
del kept
print("end")
