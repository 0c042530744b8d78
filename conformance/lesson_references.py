# Lesson 'references' (References and sys.getrefcount): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import sys
a = []

# Step 2
print(sys.getrefcount(a))

# Step 3
b = a
print(sys.getrefcount(a))

# Step 4
l = [1, 2, 3, a]
print(sys.getrefcount(a))

# Step 5
del b
print(sys.getrefcount(a))

# Step 6
del l
print(sys.getrefcount(a))

# Step 7
class Noisy:
    def __del__(self):
        print("freed")
n = Noisy()
m = n

# Step 8
del n

# Step 9
del m
