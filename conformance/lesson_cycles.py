# Lesson 'cycles' (Circular references): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
l1 = [1,]; l2 = [2,]

# Step 2
l1.append(l2); l2.append(l1)

# Step 3
print(l1)

# Step 4
print(l2[1][1][1])

# Step 5
import sys
print(sys.getrefcount(l1))

# Step 6
l3 = [3]

# Step 7
del l1, l2, l3

# Step 8
import weakref
class Thing:
    def __init__(self, name):
        self.name = name
a = Thing("a"); b = Thing("b")
a.partner = b; b.partner = a
watch = weakref.ref(a)

# Step 9
del a, b
print(watch() is None)

# Step 10
import gc
print(gc.collect())

# Step 11
print(watch())
