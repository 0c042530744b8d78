import gc
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
items = [N("x"), N("y"), N("z")]
for n in items:
    n.me = n
n = None
root = [items]
# a collection that finds them reachable reorders them in visit order
print("first", gc.collect())
del root, items
print("second", gc.collect())
