# `raise X from Y`: __cause__, __suppress_context__ and __context__, the objects the exception
# keeps alive through them, and the report of an uncaught chain (cause first, then the exception).
import gc
import sys


class Tracked(Exception):
    def __del__(self):
        print('del', self.args[0])


def load(key):
    table = {'a': 1}
    try:
        return table[key]
    except KeyError as e:
        raise LookupError(f'no setting {key!r}') from e


try:
    load('b')
except LookupError as err:
    print(repr(err), repr(err.__cause__), err.__suppress_context__)
    print(err.__context__ is err.__cause__, type(err.__cause__.__traceback__).__name__)

try:
    raise ValueError('v') from TypeError
except ValueError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('hidden') from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

e = ValueError('plain')
print(e.__cause__, e.__context__, e.__suppress_context__)

# A saved exception keeps its cause and its context alive.
saved = None
try:
    try:
        raise Tracked('context')
    except Tracked:
        raise Tracked('outer') from Tracked('cause')
except Tracked as t:
    saved = t
print(saved.__cause__.args, saved.__context__.args, sys.getrefcount(saved.__cause__))
cause = saved.__cause__
print(sys.getrefcount(cause))
del saved
print('saved dropped')
del cause
print('cause dropped')

# The attributes can be set; a cause hides the context.
e = KeyError('k')
e.__context__ = ValueError('ctx')
print(repr(e.__context__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
for bad in [('__cause__', 5), ('__context__', 'x'), ('__suppress_context__', 1)]:
    try:
        if bad[0] == '__cause__':
            e.__cause__ = bad[1]
        elif bad[0] == '__context__':
            e.__context__ = bad[1]
        else:
            e.__suppress_context__ = bad[1]
    except TypeError as t:
        print(t)

for bad_cause in [3, 'text', object()]:
    try:
        raise ValueError('x') from bad_cause
    except TypeError as t:
        print(t, repr(t.__context__))

try:
    raise 42 from None
except TypeError as t:
    print(t)


class NotAnError:
    def __init__(self):
        print('never called: only an exception class is instantiated by raise')


for raised in ['raise NotAnError', 'raise NotAnError from None', 'raise KeyError from NotAnError']:
    try:
        if raised == 'raise NotAnError':
            raise NotAnError
        elif raised == 'raise NotAnError from None':
            raise NotAnError from None
        else:
            raise KeyError from NotAnError
    except TypeError as t:
        print(raised, '->', t)

# Chaining never makes a cycle through __context__.
try:
    try:
        raise KeyError('first')
    except KeyError as first:
        try:
            raise ValueError('second')
        except ValueError as second:
            print(second.__context__ is first)
            raise first
except KeyError as again:
    print(again.__context__, again.__context__ is None)

gc.collect()


class Refused(Exception):
    pass


def connect():
    try:
        raise Refused('port 80')
    except Refused as exc:
        raise RuntimeError('could not connect') from exc


connect()
