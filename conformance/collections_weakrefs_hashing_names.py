# The collections types: weak references, hashing, their C names in error messages, get_referents.
import collections, weakref, gc, sys
for make in [collections.deque, collections.OrderedDict, collections.Counter, collections.defaultdict]:
    o = make()
    try:
        r = weakref.ref(o); print(make.__name__, 'weakref ok', r() is o)
    except TypeError as e: print(make.__name__, e)
    try: print(hash(o))
    except TypeError as e: print(e)
    try: {o: 1}
    except TypeError as e: print(e)
    print(gc.get_referents(o) == [], type(o).__name__, repr(type(o)))
d = collections.deque([1]); d.append(d); print(d)
print(gc.get_referents(collections.deque([1, 'a'])))
o = collections.OrderedDict(a=1); print(o.get('a'), o.setdefault('b', 2), o.pop('a'), o)
dd = collections.defaultdict(list, {'x': [1]}); print(gc.get_referents(dd))
print(collections.deque.__name__, collections.deque.__module__, collections.Counter.__module__, collections.defaultdict.__qualname__)
for o in [collections.deque(), collections.OrderedDict(), collections.defaultdict()]:
    try:
        o.no_such_attribute
    except AttributeError as e:
        print(e)
    if type(o) is not collections.OrderedDict:  # an OrderedDict has a __dict__
        try:
            o.no_such_attribute = 1
        except AttributeError as e:
            print(e)
print(gc.get_referents(collections.Counter(a=[1])))
