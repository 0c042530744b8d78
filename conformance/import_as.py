# `import m as name` and `from m import a as b`: the name is bound to the module object (or the
# member) itself, one more reference to it; the module's own name is not bound. Module refcounts
# are printed as differences (a module's absolute count depends on what the interpreter imported
# at startup).
import sys
import gc as collector
import weakref as wr, copy

print(type(collector).__name__, collector.__name__)
print('gc' in dir(), 'collector' in dir())
print(wr.__name__, copy.__name__)

base = sys.getrefcount(collector)
import gc
print(gc is collector, sys.getrefcount(gc) - base)
import gc as again
print(again is gc, sys.getrefcount(gc) - base)
del gc
print(sys.getrefcount(collector) - base)
del again
print(sys.getrefcount(collector) - base)

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
    before = sys.getrefcount(j)
    alias = j
    return to_text({'a': [1, 2]}), j.loads('[1]'), sys.getrefcount(j) - before

print(inner())
print('j' in dir(), 'to_text' in dir())

import sys as system, gc as g2
print(system is sys, g2 is collector, sys.getrefcount(collector) - base)
from gc import isenabled as on, collect as run_collector
print(on(), run_collector is collector.collect)
from sys import getrefcount as rc
x = object()
print(rc(x))

before = sys.getrefcount(copy)
class Holder:
    import copy as cp
print(Holder.cp is copy, hasattr(Holder, 'cp'))
print(sys.getrefcount(copy) - before)
del Holder
print(sys.getrefcount(copy) - before)
