# staticmethod, classmethod and property objects as CPython holds them: each is a heap object held
# by the class dict and holding its function; deleting a class frees them in its cycle.
import gc, sys


def g():
    pass


def h(self, v):
    pass


s = staticmethod(g)
p = property(g)
print(sys.getrefcount(g), sys.getrefcount(s), sys.getrefcount(p))
print(gc.get_referents(p) == [g, None], len(gc.get_referents(s)))
print(gc.is_tracked(s), gc.is_tracked(p), sys.getsizeof(s), sys.getsizeof(p))
print(s, classmethod(g))
print(sys.getrefcount(g))
p2 = p.setter(h)
print(p2 is p, p2.fget is g, p2.fset is h, p2.fdel)
print(gc.get_referents(p2) == [g, h, None])
print(gc.get_referents(property()), property(None, None, None, None).fget)
del p2
print(sys.getrefcount(h))
print(s.__func__ is g, s.__wrapped__ is g)

try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    property(fget=g, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    staticmethod(g, g)
except TypeError as e:
    print("TypeError:", e)
try:
    property(g)(3)
except TypeError as e:
    print("TypeError:", e)

class C:
    @property
    def x(self):
        return 1

    y = property()

    @staticmethod
    def st(a):
        return a * 2

    @classmethod
    def cl(cls, a):
        return cls.__name__ + str(a)


c = C()
try:
    c.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.y = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.y
except AttributeError as e:
    print("AttributeError:", e)

C.z = property(g)
try:
    c.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(C.x.fget.__name__)
print(C.st(2), c.st(3), C.cl(4), c.cl(5))
print(C.st is C.st, C.cl == C.cl, C.cl is C.cl)
print(sys.getrefcount(C.st))
bm = c.cl
print(bm.__self__ is C, sys.getrefcount(C))
del bm


def make(kind):
    if kind == "static":
        class K:
            @staticmethod
            def f():
                pass
    elif kind == "class":
        class K:
            @classmethod
            def f(cls):
                pass
    elif kind == "property":
        class K:
            @property
            def f(self):
                return 1

            @f.setter
            def f(self, v):
                pass

            @f.deleter
            def f(self):
                pass
    else:
        class K:
            def f(self):
                pass
    return K


gc.collect()
for kind in ("plain", "static", "class", "property"):
    K = make(kind)
    k = K()
    del K
    print(kind, gc.collect())
    del k
    print(kind, gc.collect())
