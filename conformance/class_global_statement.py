x = 0


class C:
    global gx, x
    gx = 5
    x = x + 1
    y = x
    if True:
        global gz
        gz = 7

    def m(self):
        return gx


print(gx, x, C.y, gz, C().m())
print(hasattr(C, "gx"), hasattr(C, "x"), hasattr(C, "gz"))


def f():
    class E:
        global gw
        gw = 11
    return E


f()
print(gw)


class F:
    global gv
    gv = 1
    del gv


print(hasattr(F, "gv"))
try:
    print(gv)
except NameError as e:
    print(e)
