# The AttributeError of a slot: name and obj are set when a lookup failed, None otherwise.
class P:
    __slots__ = ('x',)
p = P()
try:
    p.z = 1
except AttributeError as e:
    print(repr(e), e.name, e.obj)
try:
    p.x
except AttributeError as e:
    print(repr(e), e.name, e.obj is p)
e = AttributeError('custom')
print(e.name, e.obj)
class MyErr(AttributeError):
    pass
m = MyErr('m')
print(m.name, m.obj)
try:
    del p.x
except AttributeError as e:
    print(repr(e), e.name, e.obj)
