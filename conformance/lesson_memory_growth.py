# Lesson 'memory-growth' (Memory growth: parents and children in a loop): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import gc, sys, weakref
alive = weakref.WeakSet()
class Child:
    def __init__(self, parent):
        self.parent = parent
        self.data = [1234 * i for i in range(100)]
        alive.add(self)
class Parent:
    def __init__(self):
        self.children = []
        alive.add(self)
    def add_child(self):
        self.children.append(Child(self))

# Step 2
p = Parent()
p.add_child()
p.add_child()
print(sys.getrefcount(p))

# Step 3
del p
print(len(alive))

# Step 4
gc.disable()
for i in range(10):
    p = Parent()
    p.add_child()
    p.add_child()
    p.add_child()
print(len(alive))

# Step 5
for i in range(10):
    p = Parent()
    p.add_child()
    p.add_child()
    p.add_child()
    del p
    found = gc.collect()
print(len(alive))

# Step 6
gc.enable()
for i in range(200):
    p = Parent()
    p.add_child()
    p.add_child()
    p.add_child()
print(len(alive) < 4 * 200)

# Step 7
del p
found = gc.collect()
gc.disable()
class Child:
    def __init__(self, parent):
        self.parent = weakref.proxy(parent)
        self.data = [1234 * i for i in range(100)]
        alive.add(self)
for i in range(10):
    p = Parent()
    p.add_child()
    p.add_child()
    p.add_child()
print(len(alive))

# Step 8
print(sys.getrefcount(p))

# Step 9
c = p.children[0]
print(c.parent is p, c.parent.children is p.children)

# Step 10
del p
print(len(alive))
try:
    print(c.parent.children)
except ReferenceError as e:
    print("ReferenceError:", e)
gc.enable()
