# Class attributes changed after instances already looked them up: every lookup sees the change,
# through subclasses too (a lookup cache must be emptied by any class's change).
import gc


class Base:
    def hello(self):
        return "base"


class Child(Base):
    pass


c = Child()
print(c.hello())
Base.hello = lambda self: "patched"
print(c.hello())
Child.hello = lambda self: "child"
print(c.hello())
del Child.hello
print(c.hello())
del Base.hello
try:
    c.hello()
except AttributeError as e:
    print("AttributeError:", e)
setattr(Base, "hello", lambda self: "setattr")
print(c.hello(), getattr(Child, "hello")(c))


# __del__ given to a class after its instances were made (and after one was freed without it).
class Node:
    pass


a = Node()
b = Node()
del a
Node.__del__ = lambda self: print("del", type(self).__name__)
del b
del Node.__del__
d = Node()
del d
print("no __del__ after the delete")


# __init__ replaced on the base, then shadowed by the subclass.
class P:
    def __init__(self):
        self.made = "P"


class Q(P):
    pass


print(Q().made)
P.__init__ = lambda self: setattr(self, "made", "P2")
print(Q().made)
Q.__init__ = lambda self: setattr(self, "made", "Q")
print(Q().made)


# A cycle whose class gets __del__ after the cycle formed: the collector finalizes it.
class Cyc:
    pass


x = Cyc()
x.me = x
Cyc.__del__ = lambda self: print("finalized by the collector")
del x
print(gc.collect() >= 1)
