import gc, weakref
gc.collect()
class T:
    def __init__(self):
        self.items = [1, 2, 3]
    def __repr__(self):
        return "T!"
    def __len__(self):
        return 3
t = T()
p = weakref.proxy(t)
print(str(p), p.items[0], bool(p), hasattr(p, "items"))
print(p.__class__ is T, type(p) is weakref.ProxyType)
print(p == t, p != t, p is t)
print(isinstance(p, T))
print(len(p))
print([p] == [t])
del t
for what in ["str", "bool", "len", "attr", "eq"]:
    try:
        if what == "str":
            str(p)
        elif what == "bool":
            bool(p)
        elif what == "len":
            len(p)
        elif what == "attr":
            p.items
        else:
            p == 1
        print(what, "no error")
    except ReferenceError as e:
        print(what, "ReferenceError:", e)
