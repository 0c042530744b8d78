import gc
gc.collect()
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
a = N("a")
b = N("b")
c = N("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collect", gc.collect())
# created in the other order
c = N("c")
b = N("b")
a = N("a")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collect", gc.collect())
