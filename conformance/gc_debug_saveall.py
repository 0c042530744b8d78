import gc
gc.collect()
print(gc.get_debug(), gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("__del__", self.tag)
a = N("a")
b = N("b")
a.b = b
b.a = a
del a, b
l = [1]
l.append(l)
del l
print("collect", gc.collect(), len(gc.garbage))
print(gc.garbage[0].tag, gc.garbage[1].tag, gc.garbage[2][0])
print(gc.garbage[0].b is gc.garbage[1], gc.garbage[2][1] is gc.garbage[2])
print("again", gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clear", gc.collect(), len(gc.garbage))
