import sys
g = []
def read():
    return sys.getrefcount(g)
def alias():
    local = g
    return sys.getrefcount(g)
def rebind():
    global g
    old = g
    g = []
    return sys.getrefcount(old)
print(read(), alias(), sys.getrefcount(g))
keep = g
print(rebind(), sys.getrefcount(keep), sys.getrefcount(g))
def store():
    global stored
    stored = g
store()
print(sys.getrefcount(g))
def pass_along(x):
    return read()
print(pass_along(g))
