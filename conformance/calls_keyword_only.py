# Keyword-only parameters, positional-only parameters and defaults.
import sys


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("deleting", self.name)


def connect(host, port=80, *, timeout=Marker("default timeout"), retries):
    print(host, port, timeout.name, retries)


connect("example.com", retries=3)
connect("example.com", 8080, retries=1, timeout=Marker("custom"))
print(connect.__defaults__)
print(sorted(connect.__kwdefaults__))
print(sys.getrefcount(connect.__kwdefaults__["timeout"]))


def after_star(a, *rest, sep=", "):
    return sep.join([a, *rest])


print(after_star("a", "b", "c"))
print(after_star("a", "b", sep="-"))


def pos_only(a, b, /, c=3, **kw):
    print(a, b, c, kw)


pos_only(1, 2)
pos_only(1, 2, c=4, a=5, b=6)

del connect
print("connect deleted")
