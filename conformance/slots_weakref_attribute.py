# obj.__weakref__: the head of the object's list of weak references, where the class has one.
import weakref


class Plain:
    pass


class Child(Plain):
    pass


class Slotted:
    __slots__ = ('x', '__weakref__')


class Closed:
    __slots__ = ('x',)


class Oops(Exception):
    pass


def cb(ref):
    print('callback')


a = Plain()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
r2 = weakref.ref(a, cb)
print(a.__weakref__ is r, a.__weakref__ is r2)
del r
print(a.__weakref__ is r2)
p = weakref.proxy(a)
print(a.__weakref__ is r2, a.__weakref__ is p)
try:
    a.__weakref__ = None
except AttributeError as e:
    print('AttributeError:', e)
c = Child()
try:
    c.__weakref__ = None
except AttributeError as e:
    print('AttributeError:', e)
print(c.__weakref__, weakref.ref(c) is c.__weakref__)

s = Slotted()
print(s.__weakref__, hasattr(s, '__weakref__'))
w = weakref.ref(s)
print(s.__weakref__ is w)
try:
    s.__weakref__ = w
except AttributeError as e:
    print('AttributeError:', e)

n = Closed()
print(hasattr(n, '__weakref__'))
try:
    n.__weakref__ = 1
except AttributeError as e:
    print('AttributeError:', e)

e = Oops('x')
print(e.__weakref__, weakref.ref(e) is e.__weakref__)
