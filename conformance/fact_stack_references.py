import sys
class C:
    def __init__(self):
        print("in __init__", sys.getrefcount(self))
    def m(self):
        print("in m", sys.getrefcount(self))
c = C()
c.m()
bm = c.m
bm()
b = []
b.append(sys.getrefcount(b))
print(b)
