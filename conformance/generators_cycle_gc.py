# Generators in reference cycles: the collector finalizes (closes) a suspended generator, whose
# `finally` runs, then frees the cycle; gc.collect() counts what CPython counts.
import gc
import sys

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def tick(node):
    try:
        while True:
            yield node.name
    finally:
        print("finally of the generator of", node.name)


n = Node("n1")
n.gen = tick(n)
print(next(n.gen))
print("node refs:", sys.getrefcount(n))
del n
print("collected:", gc.collect())


def self_holding():
    me = yield "first"
    yield "second"


g = self_holding()
next(g)
g.send(g)
print("generator refs:", sys.getrefcount(g))
del g
print("collected:", gc.collect())

print("-- a cycle through a not-yet-started generator")
n = Node("n2")
n.gen = tick(n)
del n
print("collected:", gc.collect())

print("-- a finished generator in a cycle")
n = Node("n3")
n.gen = tick(n)
next(n.gen)
n.gen.close()
del n
print("collected:", gc.collect())

print("-- a generator whose finally resurrects")
saved = []


def resurrect(node):
    try:
        yield 1
    finally:
        saved.append(node)


n = Node("n4")
n.gen = resurrect(n)
next(n.gen)
del n
print("collected:", gc.collect())
print("saved:", [x.name for x in saved])
saved.clear()
print("collected:", gc.collect())


def pair():
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a
    yield


p = pair()
next(p)
del p
print("collected:", gc.collect())
print("end")
