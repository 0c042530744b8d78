import sys
shared = []
print(sys.getrefcount(shared))
def f(x, acc=shared):
    acc.append(x)
    return acc
print(sys.getrefcount(shared))
f(1)
f(2)
print(shared)
def g(a, b=2, c=3):
    return a + b + c
print(g(1), g(1, 10), g(1, 10, 100))
def h(x=[]):
    x.append(len(x))
    return x
print(h(), h(), h([9]))
del f
print(sys.getrefcount(shared))
