# Structures deeper than any stack: nested lists, dicts and tuples printed, compared, hashed and
# freed; a long chain of instances with __del__; a cycle of 50,000 objects for the collector;
# a long line of subclasses. CPython bounds the recursive ones with RecursionError and frees the
# deep ones through its trashcan.
import gc

nested = []
other = []
for i in range(5000):
    nested = [nested]
    other = [other]
for what, f in [("repr", repr), ("==", lambda x: x == other), ("<=", lambda x: x <= other)]:
    try:
        print(f(nested))
    except RecursionError as e:
        print(what, e)
del nested, other
t = ()
for i in range(20000):
    t = (t,)
d = {t: "deep"}
s = set()
s.add(t)
print(d[t], t in s, len(s))
del d, s, t
d = {}
for i in range(5000):
    d = {i: d}
try:
    print(str(d)[:10])
except RecursionError as e:
    print("dict", e)
del d

deleted = 0


class Node:
    def __del__(self):
        global deleted
        deleted += 1


a = Node()
for i in range(20000):
    b = Node()
    b.next = a
    a = b
del a, b
print("instances freed:", deleted)


class Link:
    pass


first = Link()
x = first
for i in range(50000):
    y = Link()
    x.next = y
    x = y
x.next = first
del first, x, y
print("collected:", gc.collect())


class C:
    pass


for i in range(300):

    class C(C):
        pass


print(isinstance(C(), C), C.__name__)
del C
print("end")
