# A full collection of 10**6 tracked objects, half of them cyclic garbage.
import gc
gc.disable()
live = []
for i in range(250000):
    a = []
    b = [a]
    a.append(b)
    live.append([i])
    live.append((a, b))
del a, b
# --- measure ---
n = gc.collect()
