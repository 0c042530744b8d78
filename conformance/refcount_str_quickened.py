import sys
class Shown:
    def __repr__(self):
        return "rc=" + str(sys.getrefcount(self))
d = Shown()
print(str(d))
for i in range(10):
    pass
print(str(d))
def f(x):
    return str(x)
for i in range(12):
    print(i, f(d))
