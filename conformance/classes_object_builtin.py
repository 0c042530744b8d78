# object(): a bare 16-byte object with no __dict__ and no weak references.
import sys, weakref

o = object()
print(type(o), sys.getrefcount(o), sys.getsizeof(o))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(o)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(o, object), isinstance(3, object), issubclass(bool, object))
sentinel = object()
items = [sentinel, o, sentinel]
print(sys.getrefcount(sentinel), items.count(sentinel), o is sentinel, o == o)
print(object.__new__(object).__class__)


class C:
    pass


print(sys.getsizeof(C()) > sys.getsizeof(o))
