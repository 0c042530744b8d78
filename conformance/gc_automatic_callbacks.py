import gc
gc.collect()
seen = []
def watch(phase, info):
    if phase == "stop" and info["collected"] > 0:
        seen.append(info["collected"])
gc.callbacks.append(watch)
gc.set_threshold(20)
l = []
l.append(l)
del l
junk = []
for i in range(2000):
    junk.append((i, [i]))
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
print("an automatic collection found the cycle:", len(seen) > 0 and seen[0] >= 1)
