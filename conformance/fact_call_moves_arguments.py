import sys
def f(x):
    return sys.getrefcount(x)
a = []
print(f(a))
print(f([]))
print(a, sys.getrefcount(a))
def test(x):
    print("x has a refcount of:", sys.getrefcount(x))
test(a)
print(sys.getrefcount(a))
