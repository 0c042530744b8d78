import sys
square = lambda n: n * n
print(square(7), sys.getrefcount(square))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print(square)
fns = [square, add]
print(sys.getrefcount(square))
default = []
keep = lambda x=default: x
print(sys.getrefcount(default), keep() is default)
print((lambda: "no args")())
del keep
print(sys.getrefcount(default))
