# dict(pairs) and dict.update(pairs): each item is made a sequence of two, one at a time; the
# first that is not stops the merge, with CPython's error naming its position.
import sys

print(dict(["ab", ("k", 1), ["l", 2]]))
key = "a long key"
value = [1000]
pairs = [(key, value), (key + "!", value)]
d = {}
d.update(pairs)
print(len(d), sys.getrefcount(value))

def produce():
    print("first pair")
    yield ("x", 1)
    print("second item")
    yield 3
    print("never reached")
    yield ("y", 2)

kept = [2000]
try:
    d.update([(1, kept), (2, kept), 5, (3, kept)])
except TypeError as e:
    print(e, sys.getrefcount(kept))
try:
    dict(produce())
except TypeError as e:
    print("TypeError:", e)
for bad in ([1], [(1, 2), "abc"], [(1,)], [{1, 2}], [range(2)]):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d |= [("z", 26)]
print(d["z"], len(d))
try:
    d |= [1]
except TypeError as e:
    print(e)
