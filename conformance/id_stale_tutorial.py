# "id() is only unique among objects that exist at the same time": a tutorial on why keeping an
# id is dangerous. Once the object is gone, its address is handed to the next object that needs
# that much memory, and a registry keyed by id() mistakes the newcomer for the old object.
import weakref


class Session:
    def __init__(self, user):
        self.user = user

    def __repr__(self):
        return f"Session({self.user!r})"


registry = {}


def register(obj):
    registry[id(obj)] = obj.user


alice = Session("alice")
register(alice)
print("alice registered:", registry[id(alice)])
probe = weakref.ref(alice)
alice_id = id(alice)
del alice
print("alice is gone:", probe() is None)
bob = Session("bob")
print("bob took alice's address:", id(bob) == alice_id)
print("the registry now says bob is", registry.get(id(bob)))

# The same thing with two objects that never exist together: equal ids, different objects.
print(id(Session("x")) == id(Session("y")))
first = Session("x")
second = Session("y")
print(id(first) == id(second), first is second)

# Bound methods are made on each access, and freed right after id() has read them.
print(id(bob.__repr__) == id(bob.__repr__), bob.__repr__ is bob.__repr__)
m1 = bob.__repr__
m2 = bob.__repr__
print(id(m1) == id(m2), m1 == m2)
