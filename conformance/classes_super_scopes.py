# super() in nested scopes: a class made in a function, a closure in a method, a property,
# a comprehension (whose first argument is its iterator), a deleted self.
import gc, sys
def factory(tag):
    class A:
        def who(self):
            return "A" + tag
    class B(A):
        label = tag * 2
        def who(self):
            return "B" + tag + super().who()
        def inner(self):
            def deep():
                return super(B, self).who() + __class__.__name__
            return deep()
        @staticmethod
        def st():
            return tag
    return B
B = factory("x")
b = B()
print(b.who(), b.inner(), B.st(), B.label)
print(sys.getrefcount(B))
print(len(B.who.__closure__), len(B.inner.__closure__))
del b, B
print(gc.collect())
class P:
    @property
    def v(self):
        return super().__class__.__name__
print(P().v)
class Q:
    def m(self):
        return [super().__init__ is not None for _ in range(2)]
try:
    Q().m()
except TypeError as e:
    print(e)
class R:
    def __init__(self, *args):
        super().__init__()
        self.args = args
print(R(1, 2).args)
class S:
    def __init__(self):
        super().__init__(5)
try:
    S()
except TypeError as e:
    print(e)
class T:
    def m(self):
        del self
        return super().m()
try:
    T().m()
except RuntimeError as e:
    print(e)
