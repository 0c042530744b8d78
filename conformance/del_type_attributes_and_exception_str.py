# `del` of a class's attributes (type_setattro with no value), the getsets of `type` a class's
# attributes meet first when set, and str() of exceptions whose class
# defines __str__ or __repr__, in output and in the uncaught exception's last line.
class C:
    'doc'
    z = 1


del C.z
for attempt in ('z', 'nothing'):
    try:
        if attempt == 'z':
            del C.z
        else:
            del C.nothing
    except AttributeError as e:
        print('AttributeError:', e)
try:
    del int.x
except TypeError as e:
    print('TypeError:', e)
try:
    del int.real
except TypeError as e:
    print('TypeError:', e)
try:
    del C.__name__
except TypeError as e:
    print('TypeError:', e)
try:
    del C.__module__
except TypeError as e:
    print('TypeError:', e)
try:
    del C.__doc__
except TypeError as e:
    print('TypeError:', e)
try:
    del C.__qualname__
except TypeError as e:
    print('TypeError:', e)
try:
    del C.__bases__
except TypeError as e:
    print('TypeError:', e)
try:
    del C.__dict__
except AttributeError as e:
    print('AttributeError:', e)
try:
    del C.__mro__
except AttributeError as e:
    print('AttributeError:', e)
try:
    del C.__annotations__
except AttributeError as e:
    print('AttributeError:', e)
try:
    del C.__class__
except TypeError as e:
    print('TypeError:', e)
print(C.__name__, C.__doc__)
C.__module__ = 'mod'
C.__doc__ = 'new'
C.__annotations__ = {'a': int}
print(C, C.__doc__, C.__annotations__)
del C.__annotations__
try:
    C.__mro__ = ()
except AttributeError as e:
    print('AttributeError:', e)
try:
    C.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
try:
    int.x = 1
except TypeError as e:
    print('TypeError:', e)


class WithRepr(Exception):
    def __repr__(self):
        return 'R'


class WithStr(Exception):
    def __str__(self):
        return 'custom'


class Inherits(WithStr):
    pass


class StrFails(Exception):
    def __str__(self):
        raise RuntimeError('no')


print(str(WithRepr('x')), repr(WithRepr('x')), str(WithRepr()), str(WithRepr(1, 2)))
print(WithStr('x'), Inherits('y'), repr(WithStr('x')))
try:
    str(StrFails())
except RuntimeError as e:
    print('RuntimeError:', e)
raise StrFails('y')
