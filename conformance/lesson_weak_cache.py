# Lesson 'weak-cache' (Exercise: a weak cache): the python of its steps, in order.
# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.

# Step 1
import weakref
made = []
class Big:
    def __init__(self, name):
        self.name = name
        self.data = [0] * 1000
        made.append(name)

# Step 2
class StrongCache:
    def __init__(self):
        self.objects = {}
    def get(self, name):
        if name not in self.objects:
            self.objects[name] = Big(name)
        return self.objects[name]
strong = StrongCache()
a = strong.get("x")
b = strong.get("x")
print(a is b, made)

# Step 3
del a, b
print(len(strong.objects))

# Step 4
objects = weakref.WeakValueDictionary()
y = Big("y")
objects["y"] = y
print(objects.get("y") is y)
del y
print(objects.get("y"))

# Step 5
class WeakCache:
    """One shared object per name, kept only while someone uses it."""
    def __init__(self, factory):
        self.factory = factory
        self.objects = weakref.WeakValueDictionary()
    def get(self, name):
        # To write: return the object cached for name if it is still alive;
        # otherwise make it with self.factory(name), cache it (weakly), return it.
        return self.factory(name)
cache = WeakCache(Big)

# Step 6
made.clear()
c = cache.get("z")
d = cache.get("z")
print(c is d, made)
