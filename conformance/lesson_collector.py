# Lesson 'collector' (The collector: generations and thresholds): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import gc
print(gc.isenabled())

# Step 2
print(gc.get_threshold())

# Step 3
found = gc.collect()
print(gc.get_count())

# Step 4
junk = [[] for i in range(100)]
print(gc.get_count()[0] >= 100)

# Step 5
old = []; old.append(old)
found = gc.collect(0)
del old

# Step 6
print(gc.collect(0))

# Step 7
print(gc.collect(1))

# Step 8
runs = []
def watch(phase, info):
    if phase == "stop":
        runs.append(info["generation"])
gc.callbacks.append(watch)
for i in range(2000):
    c = []; c.append(c)
print(len(runs) > 0, runs[0])

# Step 9
del c
found = gc.collect()
gc.disable()
runs.clear()
for i in range(2000):
    c = []; c.append(c)
print(len(runs))

# Step 10
print(gc.collect())
gc.enable()
gc.callbacks.remove(watch)
