import sys
a = []
def f(x):
    y = x
    raise ValueError("v")
try:
    f(a)
except ValueError as e:
    print("in handler", sys.getrefcount(a))
    print("exception object", sys.getrefcount(e))
print("after handler", sys.getrefcount(a))
try:
    f(a)
except ValueError:
    print("handler without as", sys.getrefcount(a))
print("after", sys.getrefcount(a))
def g(x):
    try:
        f(x)
    except ValueError as err:
        return sys.getrefcount(x)
print("caught inside g", g(a), sys.getrefcount(a))
err = KeyError("k")
try:
    raise err
except KeyError as e2:
    print("raised stored object", sys.getrefcount(err))
print(sys.getrefcount(err))
