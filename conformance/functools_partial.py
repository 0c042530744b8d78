import functools
import gc
import sys


class Config:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return f"Config({self.name!r})"


def connect(config, host, port=80, retries=1):
    print("connect", config, host, port, retries, sys.getrefcount(config))
    return host


cfg = Config("prod")
print(sys.getrefcount(cfg))
p = functools.partial(connect, cfg)
print(sys.getrefcount(cfg), sys.getrefcount(p))
print(p("example.org"))
print(p("example.org", port=8080))
print(p.func is connect, p.args, p.keywords)
print(repr(p).replace(hex(id(connect)), "0x..."))
q = functools.partial(p, "localhost", retries=3)
print(q.func is connect, q.args, q.keywords)
print(repr(q).replace(hex(id(connect)), "0x..."))
print(q())
print(q(port=1))
print(sys.getrefcount(cfg))
print(len(gc.get_referents(p)), len(gc.get_referents(q)))
q.note = Config("note")
print(q.__dict__)
del q
print("q gone")
del p
print(sys.getrefcount(cfg))
# a partial in a cycle: the object holds a partial that holds the object
holder = Config("holder")
holder.callback = functools.partial(connect, holder)
del holder
print("collected:", gc.collect())
empty = functools.partial(print)
print(empty.args, empty.keywords)
try:
    functools.partial(1)
except TypeError as e:
    print(e)
try:
    p2 = functools.partial(connect, cfg)
    p2.func = print
except AttributeError as e:
    print(e)
print(functools.reduce(lambda acc, x: acc + [x], [1, 2, 3], []))
print(functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(max, [])
except TypeError as e:
    print(e)
del cfg, p2
print("end")
