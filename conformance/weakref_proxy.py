import gc, weakref
gc.collect()
class Thing:
    def __init__(self):
        self.value = 42
    def double(self):
        return self.value * 2
t = Thing()
p = weakref.proxy(t)
print(p.value, p.double())
p.value = 7
print(t.value, p.double())
print(repr(p)[:14] == "<weakproxy at ", type(p) is weakref.ProxyType)
del t
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p.value = 1
except ReferenceError as e:
    print("ReferenceError:", e)
def f(x):
    return x + 1
cp = weakref.proxy(f)
print(cp(1), type(cp) is weakref.CallableProxyType)
del f
try:
    cp(1)
except ReferenceError as e:
    print("ReferenceError:", e)
