import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
