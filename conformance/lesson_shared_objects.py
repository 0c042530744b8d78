# Lesson 'shared-objects' (Small ints, interned strings and immortal objects): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import sys
x = 3

# Step 2
before = sys.getrefcount(x)
many = [x] * 1000
print(sys.getrefcount(x) - before)

# Step 3
y = int("3")
print(y is x)

# Step 4
big = 1000
other = int("1000")
print(big == other, big is other)

# Step 5
s = "hello"
t = "".join(["hel", "lo"])
print(s == t, s is t)

# Step 6
def greeting():
    return "hello"
print(greeting() is s)

# Step 7 runs on the 3.12 profile and is left out: python3 is CPython 3.11.
