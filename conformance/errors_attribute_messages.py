class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
c = C()
def show(thunk):
    try:
        thunk()
    except AttributeError as e:
        print(e)
show(lambda: c.missing)
show(lambda: [].nope)
show(lambda: (1).nope)
show(lambda: "s".nope)
show(lambda: C.nope)
show(lambda: None.x)
try:
    del c.never_set
except AttributeError as e:
    print("del:", e)
print(getattr(c, "missing", "default"), getattr(c, "a"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("getattr:", e)
