import sys
counter = 0
items = []
def bump():
    global counter
    counter += 1
def rebind():
    global items
    items = [counter]
def local_shadow():
    counter = 100
    return counter
bump()
bump()
print(counter)
old = items
rebind()
print(items, old, sys.getrefcount(old))
print(local_shadow(), counter)
def make():
    global made
    made = []
make()
print(made, sys.getrefcount(made))
