# Lesson 'exceptions' (An exception keeps your objects alive): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import gc
class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def work():
    big = Big("big")
    raise ValueError("something went wrong")

# Step 2
try:
    work()
except ValueError as e:
    print("caught:", e)

# Step 3
try:
    work()
except ValueError as e:
    saved = e

# Step 4
print(saved.__traceback__.tb_next.tb_frame.f_locals["big"].name)

# Step 5
del saved

# Step 6
def handle():
    big = Big("big2")
    try:
        raise ValueError("oops")
    except ValueError as e:
        err = e
handle()
print("handle() returned")

# Step 7
found = gc.collect()

# Step 8
def handle():
    big = Big("big3")
    try:
        raise ValueError("oops")
    except ValueError as e:
        message = str(e)
    return message
print(handle())
