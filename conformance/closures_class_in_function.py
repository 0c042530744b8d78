import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_class(prefix, default):
    marker = Tracked("marker")

    class Greeter:
        greeting = prefix + "!"
        size = len(default)
        print("in class body", sys.getrefcount(marker))

        def greet(self, who):
            return prefix + ", " + who

        def mark(self):
            return marker.name

    return Greeter


G = make_class("hello", [1, 2])
print(G.__qualname__, G.greeting, G.size)
g = G()
print(g.greet("world"), g.mark())
print(G.greet.__closure__ is not None, len(G.mark.__closure__))


def shadowing():
    x = "function x"

    class C:
        x = "class x"
        y = x

        def m(self):
            return x

    return C.y, C().m()


print(shadowing())


def nested_classes():
    v = 1

    class Outer:
        class Inner:
            def get(self):
                return v

    return Outer.Inner().get()


print(nested_classes())
print(type(g))
del g, G
print("end")

def f():
    class MyErr(Exception):
        pass
    return MyErr
E = f()
try:
    raise E("boom")
except E as e:
    print(type(e), repr(e))
class A:
    class B(Exception):
        pass
print(A.B, A.B.__qualname__, A.B.__name__)
raise E("x")
