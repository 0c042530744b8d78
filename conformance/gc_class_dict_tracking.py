# What a class is made of, as the collector counts it when the class becomes garbage: the class,
# its __mro__ tuple, its __bases__ tuple, its dict (only while it holds something trackable:
# a function, a descriptor, a container) and the descriptors it adds.
import gc

gc.disable()


class Base:
    pass


class WithMethod(Base):
    def method(self):
        pass


del WithMethod
print('subclass with a method:', gc.collect())


class Constants(Base):
    x = 1
    name = 'constants'


del Constants
print('subclass of constants only:', gc.collect())


class Later(Base):
    pass


Later.items = []
del Later
print('container stored after the class was made:', gc.collect())


class NoSlots:
    __slots__ = ()


del NoSlots
print('__slots__ = ():', gc.collect())


class Survivor:
    __slots__ = ('a',)

    def method(self):
        pass


gc.collect()
del Survivor
print('after surviving a collection:', gc.collect())


class Grand(Base):
    def method(self):
        pass


class Child(Grand):
    pass


gc.collect()
del Child
print('subclass of a subclass:', gc.collect())
del Grand
print('its base:', gc.collect())
gc.enable()
