# *args and **kwargs: what the callee receives, and who holds a reference to each argument.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tracked({self.name!r})"

    def __del__(self):
        print("deleting", self.name)


def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
    for a in args:
        print("  refcount of", a, "=", sys.getrefcount(a))
    for k in kwargs:
        print("  refcount of", k, "=", sys.getrefcount(kwargs[k]))
    if args:  # () is a shared singleton: its count is CPython's business
        print("  refcount of args tuple:", sys.getrefcount(args))


x = Tracked("x")
y = Tracked("y")
print("module holds x:", sys.getrefcount(x))

show(x, y)
show(*[x, y])
show(*(x, y))
show(x, *[y])
show(x, k=y)
show(**{"k": x})
show(*[x], **{"k": y})
opts = {"color": y}
show(x, **opts)

print("temporaries die when the call ends:")
show(Tracked("t1"), *[Tracked("t2")], k=Tracked("t3"), **{"j": Tracked("t4")})
print("after the call")


def keep(*args, **kwargs):
    return args, kwargs


saved = keep(x, Tracked("kept"), key=y)
print(saved)
print(sys.getrefcount(x), sys.getrefcount(y))
del saved
print(sys.getrefcount(x), sys.getrefcount(y))


def forward(*args, **kwargs):
    return show(*args, **kwargs)


forward(x, extra=y)


class Greeter:
    def greet(self, *names, punctuation="!"):
        print("refcount of self:", sys.getrefcount(self))
        for n in names:
            print("Hello, " + n + punctuation)


g = Greeter()
g.greet("Ada", "Grace")
g.greet(*["Linus"], punctuation="?")
print("end")
