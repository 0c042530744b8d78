# Lesson 'finalizers' (`__del__` in cycles): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

# Step 2
a = Noisy("a"); b = Noisy("b")
a.other = b; b.other = a

# Step 3
del a, b

# Step 4
print(gc.collect())

# Step 5
print(gc.garbage)

# Step 6
saved = []
class Phoenix:
    def __del__(self):
        print("__del__: saving myself")
        saved.append(self)
p = Phoenix(); p.me = p
del p

# Step 7
print(gc.collect())

# Step 8
print(len(saved))

# Step 9
saved.clear()
print(gc.collect())

# Step 10 runs on the 2.7 profile and is left out: python3 is CPython 3.11.

# Step 11 runs on the 2.7 profile and is left out: python3 is CPython 3.11.
