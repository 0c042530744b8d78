# Lesson 'ids' (`id()` and the address reused): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
a = []
print(hex(id(a)))

# Step 2
b = a
print(id(a) == id(b), a is b)

# Step 3
c = []
print(id(c) == id(a))

# Step 4
addr = id(a)
del a, b

# Step 5
d = []
print(id(d) == addr)

# Step 6
print(id([]) == id([]))

# Step 7
class Thing:
    pass
t = Thing()
saved = id(t)
del t
u = Thing()
print(id(u) == saved)

# Step 8
import weakref
w = weakref.ref(u)
print(w() is u)
del u
print(w())
