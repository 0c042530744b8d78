import gc, weakref
gc.collect()
class C:
    pass
for value in [[], {}, 1, "s", (1, 2), None, 2.5, True]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)
for value in [[], {}]:
    try:
        weakref.proxy(value)
    except TypeError as e:
        print(e)
try:
    weakref.WeakSet().add([])
except TypeError as e:
    print(e)
try:
    weakref.WeakValueDictionary()["k"] = {}
except TypeError as e:
    print(e)
print(weakref.ref(C)() is C, weakref.ref(C()) is not None)
weakref.ref([])
print("not reached")
