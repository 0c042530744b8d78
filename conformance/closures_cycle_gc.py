# A function that refers to itself through its own cell forms a reference cycle: the frame is
# gone, but function -> closure tuple -> cell -> function keeps all three alive until the
# collector finds them.
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)


def make_recursive(res):
    def countdown(n):
        if n == 0:
            return res.name
        return countdown(n - 1)

    return countdown


gc.disable()
f = make_recursive(Resource("r1"))
print(f(3))
cell = f.__closure__[0]
print(f.__closure__[0].cell_contents is f, f.__closure__[1].cell_contents.name)
print(sys.getrefcount(f))
del cell
del f
print("deleted f")
print(gc.collect())
print("collected")


def make_pair():
    state = {"hits": 0}

    def get():
        return state["hits"], put

    def put(v):
        state["hits"] = v
        return get

    return get


getter = make_pair()
print(getter()[0])
getter()[1](7)
print(getter()[0])
print(len(getter.__closure__) > 0)
del getter
print(gc.collect())

r = Resource("kept by cell")


def holder():
    item = r

    def again():
        return item, again

    return again


h = holder()
del r
print("r deleted")
del h
print("h deleted")
print(gc.collect())
gc.enable()
print("end")
