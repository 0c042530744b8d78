# Slot values are references of the instance: refcounts, release order, cycles, class refcounts.
import gc
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class Node:
    __slots__ = ('value', 'next', 'label')

    def __init__(self, value, label):
        self.label = label
        self.value = value
        self.next = None

    def __del__(self):
        print('Node.__del__', self.label)


payload = [1, 2, 3]
print(sys.getrefcount(payload))
n = Node(payload, 'first')
print(sys.getrefcount(payload))
n.value = payload
print(sys.getrefcount(payload))
m = Node(payload, 'second')
print(sys.getrefcount(payload))
del n.value
print(sys.getrefcount(payload))
del n, m
print(sys.getrefcount(payload))

# Slots are released in sorted order of their names, whatever order they were assigned in.
a = Node(Tracked('value'), Tracked('label'))
a.next = Tracked('next')
del a
print('---')


class Base:
    __slots__ = ('z', 'a')


class Child(Base):
    __slots__ = ('m', 'b')


c = Child()
c.a = Tracked('Base.a')
c.z = Tracked('Base.z')
c.b = Tracked('Child.b')
c.m = Tracked('Child.m')
print(gc.get_referents(c)[-1] is Child, len(gc.get_referents(c)))
del c
print('---')

# A cycle through slots needs the collector.
gc.disable()
x = Node(None, 'x')
y = Node(x, 'y')
x.next = y
del x, y
print('collected', gc.collect())

# Each member descriptor holds its class.


class One:
    __slots__ = 'a'


class Three:
    __slots__ = ('a', 'b', 'c')


class NoSlots:
    pass


class Sub(Three):
    pass


print(sys.getrefcount(One), sys.getrefcount(Three), sys.getrefcount(NoSlots), sys.getrefcount(Sub))
del One, Three, Sub
print('collected classes', gc.collect())
