# In 3.11 a comprehension is a function called with the iterator of its first `for`: the
# iterable is held by that iterator while it runs, the loop variable is a local of the
# comprehension's frame (released when it returns), and the enclosing function's variables are
# read through cells.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return "Tracked(" + self.name + ")"


data = [Tracked("a"), Tracked("b")]
print(sys.getrefcount(data))
print([sys.getrefcount(data) for _ in range(1)])
print([sys.getrefcount(item) for item in data])
names = [t.name for t in data]
print(names)
print(sys.getrefcount(data[1]))


def temporaries():
    return [Tracked("tmp%d" % i) for i in range(2)][-1:]


kept = temporaries()
print("kept", kept)
del kept
print("after del kept")


def last_seen():
    seen = [Tracked("x"), Tracked("y")]
    firsts = [s.name[0] for s in seen]
    print(firsts)
    seen = None
    print("seen cleared")
    return firsts


print(last_seen())


def with_threshold(values, limit):
    big = [v for v in values if v > limit]
    pairs = {v: [w for w in values if w < v] for v in big}
    return pairs


print(with_threshold([1, 5, 3, 8], 4))


class Config:
    options = ["debug", "verbose"]
    flags = {o: True for o in options}


print(Config.flags)


def nested_cells():
    base = Tracked("base")
    grid = [[(base.name, i, j) for j in range(2)] for i in range(2)]
    print(sys.getrefcount(base))
    return grid


print(nested_cells())
print("end")
