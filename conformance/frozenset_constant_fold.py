# `x in {1, 2, 3}` and `for x in {...}` with constant items: CPython's optimizer makes the set
# display a constant frozenset (and a list display a constant tuple), which holds its members.
import sys


def is_vowel(c):
    return c in {"a", "e", "i", "o", "u"}


print([c for c in "heapscope" if is_vowel(c)])
print(5 in {1000, 2000, 3000}, sys.getrefcount(1000))
print(5 not in {4000, 5000, 6000}, sys.getrefcount(5000))
for n in {7000, 8000}:
    pass
print(sys.getrefcount(8000))
print(5 in [9000, 9001], sys.getrefcount(9000))
print([y for y in {11000, 12000}], sys.getrefcount(11000))
print(2 in {1, 2}, 3 in {1, 2}, 1 < 2 in {2, 3})


def codes():
    return [x for x in {1010, 2020, 3030} if x > 1500]


print(sorted(codes()), sys.getrefcount(2020))


# The same constant set in several places of one module: one frozenset for the code objects,
# each display's own literals held by the parse tree only where they were the first of their value.
def first(x):
    return x in {31000, 32000, 33000}


def second(x):
    return x in {33000, 32000, 31000}


print(first(1), second(2), 7 in {31000, 32000, 33000}, sys.getrefcount(31000), sys.getrefcount(32000))
for q in {32000, 31000, 33000}:
    pass
print(sys.getrefcount(33000), 5 in {31000, 32000, 33000.5})
