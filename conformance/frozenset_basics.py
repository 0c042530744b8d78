# frozenset: the immutable, hashable set.
import gc
import sys

empty = frozenset()
f = frozenset([3, 1, 2, 3])
print(empty, f, repr(f), len(f), 2 in f, 9 not in f)
print(type(f), type(f) is frozenset, isinstance(f, frozenset), isinstance(f, set))
print(frozenset("hello") == frozenset("olleh"), frozenset(range(5)), frozenset({4: "a", 5: "b"}))

# Equal to a set with the same members, either way round.
print(f == {1, 2, 3}, {1, 2, 3} == f, f != {1, 2}, f <= {1, 2, 3, 4}, f < f, f >= {1})

# Hashable: CPython's frozenset hash, a dict key and a set member.
print(hash(empty), hash(f), hash(frozenset([(1, 2), 3.5, -7])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {f: "first", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()], {f, frozenset([3, 2, 1])})
nested = frozenset([frozenset([1]), frozenset([2])])
print(frozenset([1]) in nested, len(nested))

# The methods that do not mutate; a frozenset's results are frozensets.
print(f.union([4], (5,)), f.intersection({2, 3, 4}), f.difference([1]), f.symmetric_difference([3, 4]))
print(f.issubset(range(10)), f.issuperset([1, 2]), f.isdisjoint([7, 8]), f.union(), f.intersection())
print(f.copy() is f, frozenset(f) is f, frozenset(set(f)) is f, sorted(f))
for x in f:
    print("member", x)

# Mutating methods do not exist.
for name in ["add", "discard", "remove", "clear", "update", "pop"]:
    try:
        getattr(f, name)
    except AttributeError as err:
        print("AttributeError:", err)
try:
    f.add(4)
except AttributeError as err:
    print("AttributeError:", err)

# Like a set, a frozenset is a tracked container with the set's sizes.
print(gc.is_tracked(empty), gc.is_tracked(f), gc.is_tracked(frozenset([(1,)])))
print(sys.getsizeof(empty), sys.getsizeof(f), sys.getsizeof(frozenset(range(10))), sys.getsizeof(frozenset(range(100))))

# Errors as CPython words them.
for make in [lambda: frozenset(1), lambda: frozenset([[]]), lambda: frozenset(1, 2), lambda: f.issubset()]:
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)
try:
    hash({1})
except TypeError as err:
    print("TypeError:", err)

# copy: a frozenset is its own shallow copy; deepcopy rebuilds it from its reduced members.
import copy

print(copy.copy(f) is f, copy.deepcopy(f) == f, copy.deepcopy(f) is f, sys.getrefcount(f))
pair = copy.deepcopy([f, f])
print(pair[0] is pair[1], pair[0] == f)
