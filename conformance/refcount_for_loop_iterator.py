import sys
a = []
b = []
l = [a, b]
for x in l:
    print("item", sys.getrefcount(x), "list", sys.getrefcount(l))
print("after", sys.getrefcount(a), sys.getrefcount(l))
del x
print("del x", sys.getrefcount(b))
for x in [a]:
    print("literal list item", sys.getrefcount(x))
t = (a,)
for x in t:
    print("tuple item", sys.getrefcount(x), "tuple", sys.getrefcount(t))
for x in (a, b):
    print("tuple literal", sys.getrefcount(x))
d = {"k": a}
for key in d:
    print("dict", sys.getrefcount(d))
for i in range(1):
    print("range loop over list", sys.getrefcount(l))
x = None
print(sys.getrefcount(a))
