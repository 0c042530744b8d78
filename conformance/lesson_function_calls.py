# Lesson 'function-calls' (Function calls and the frame’s reference): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import sys
a = []
print(sys.getrefcount(a))

# Step 2
def test(x):
    print(sys.getrefcount(x))

# Step 3
test(a)

# Step 4
print(sys.getrefcount(a))

# Step 5
def outer(y):
    test(y)
outer(a)

# Step 6
print(sys.getrefcount([]))

# Step 7 runs on the 2.7 profile and is left out: python3 is CPython 3.11.
