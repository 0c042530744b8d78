import gc
gc.collect()
def watch(phase, info):
    print(phase, sorted(info.keys()), info["generation"], info["collected"], info["uncollectable"])
gc.callbacks.append(watch)
print(len(gc.callbacks), gc.callbacks[0] is watch)
l = []
l.append(l)
del l
print("returned", gc.collect())
print("returned", gc.collect(1))
d = {}
d["d"] = d
del d
print("returned", gc.collect(0))
def second(phase, info):
    print("second", phase)
gc.callbacks.append(second)
gc.collect()
gc.callbacks.remove(watch)
gc.collect()
gc.callbacks.clear()
print("returned", gc.collect())
