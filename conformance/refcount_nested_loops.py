import sys
a = []
l = [a]
for x in l:
    for y in l:
        print("inner", sys.getrefcount(l), sys.getrefcount(a))
    print("outer", sys.getrefcount(l), sys.getrefcount(a))
print(sys.getrefcount(l), sys.getrefcount(a))
def loop(seq):
    for item in seq:
        print("in function", sys.getrefcount(seq), sys.getrefcount(item))
        break
    print("after break", sys.getrefcount(seq), sys.getrefcount(item))
loop(l)
for x in l:
    for y in l:
        break
    print("after inner break", sys.getrefcount(l))
while l:
    item = l.pop()
    print("popped", sys.getrefcount(item))
del x, y, item
print(sys.getrefcount(a))
