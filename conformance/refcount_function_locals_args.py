import sys
def one(x):
    return sys.getrefcount(x)
def two(x, y):
    return sys.getrefcount(x), sys.getrefcount(y)
def local():
    y = []
    z = y
    return sys.getrefcount(y)
def holds(x):
    keep = x
    again = [x]
    return sys.getrefcount(x)
a = []
print(one(a), one([]), one([a]))
print(two(a, a), two(a, []))
print(local(), holds(a), holds([]))
print(sys.getrefcount(a))
def default_arg(x=a):
    return sys.getrefcount(x)
print(default_arg(), default_arg(a), sys.getrefcount(a))
def nested_call(x):
    return one(x)
print(nested_call(a), nested_call([]))
