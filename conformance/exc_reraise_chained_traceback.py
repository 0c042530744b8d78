def f():
    try:
        raise KeyError("a")
    except KeyError:
        print("got")
        raise
def g():
    f()
try:
    g()
except KeyError as e:
    print("outer", e)
    raise ValueError("v")
