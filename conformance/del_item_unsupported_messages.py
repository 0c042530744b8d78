# del of an item an object cannot delete: PySequence_DelItem says "doesn't" for an int key into
# a type with sequence slots, PyObject_DelItem "does not" for anything else.
class C: pass
for o in [(1,), 'ab', range(3), frozenset(), 5, None, C(), C.__dict__, {1}, iter([])]:
    for k in [0, 'x']:
        try:
            del o[k]
        except TypeError as e:
            print(type(o).__name__, repr(k), e)
