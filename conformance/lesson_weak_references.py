# Lesson 'weak-references' (Weak references): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import sys, weakref
class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Thing({self.name!r})"

# Step 2
t = Thing("t")
r = weakref.ref(t)
print(r() is t, sys.getrefcount(t))

# Step 3
def gone(ref):
    print("callback: the object is gone")
r2 = weakref.ref(t, gone)
del t
print(r(), r2())

# Step 4
t = Thing("t2")
p = weakref.proxy(t)
print(p.name)

# Step 5
del t
try:
    print(p.name)
except ReferenceError as e:
    print("ReferenceError:", e)

# Step 6
cache = weakref.WeakValueDictionary()
a = Thing("a")
cache["a"] = a
print(len(cache), cache["a"])
del a
print(len(cache))

# Step 7
notes = weakref.WeakKeyDictionary()
k = Thing("k")
notes[k] = "written by k"
print(notes[k])
del k
print(len(notes))

# Step 8
members = weakref.WeakSet()
x = Thing("x"); y = Thing("y")
members.add(x); members.add(y)
del x
print(list(members))

# Step 9
z = Thing("z")
f = weakref.finalize(z, print, "finalize: z is gone")
print(f.alive)
del z
print(f.alive)

# Step 10
try:
    w = weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
