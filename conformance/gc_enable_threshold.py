import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
t = gc.get_threshold()
print(type(t) is tuple, len(t))
# collect still works while automatic collection is disabled
gc.disable()
l = []
l.append(l)
del l
print("manual collect while disabled", gc.collect())
print(gc.isenabled())
gc.enable()
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError", e)
