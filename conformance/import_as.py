# `import m as name` and `from m import a as b`: the name is bound to the module object (or the
# member) itself; the module's own name is not bound. (A module's refcount counts references
# Heapscope does not model, such as other library modules importing it: it is refused.)
import sys
import gc as collector
import weakref as wr, copy

print(type(collector).__name__, collector.__name__)
print('gc' in dir(), 'collector' in dir())
print(wr.__name__, copy.__name__)

import gc
print(gc is collector)
import gc as again
print(again is gc)
del gc
print('gc' in dir(), again is collector)
del again

import functools
from functools import partial as p, reduce
from copy import deepcopy as clone, copy as shallow
print(p is functools.partial, reduce is functools.reduce, clone is copy.deepcopy)
data = [[1, 2], [3]]
deep = clone(data)
flat = shallow(data)
print(deep == data, deep[0] is data[0], flat[0] is data[0])

from weakref import (
    ref as make_ref,
    WeakValueDictionary as Cache,
)
class Node:
    pass
n = Node()
r = make_ref(n)
print(r() is n, sys.getrefcount(n))
c = Cache()
c['n'] = n
print(len(c))
del n
print(r(), len(c))

def inner():
    import json as j
    from json import dumps as to_text
    alias = j
    return to_text({'a': [1, 2]}), j.loads('[1]'), alias is j

print(inner())
print('j' in dir(), 'to_text' in dir())

import sys as system, gc as g2
print(system is sys, g2 is collector)
from gc import isenabled as on, collect as run_collector
print(on(), run_collector is collector.collect)
from sys import getrefcount as rc
x = object()
print(rc(x))

class Holder:
    import copy as cp
print(Holder.cp is copy, hasattr(Holder, 'cp'))
del Holder
print(copy.copy([1]))
