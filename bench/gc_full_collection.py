# A full collection of 10**6 tracked objects, half of them in reference cycles (all reachable).
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
