import sys
class Shown:
    def __repr__(self):
        return "rc=" + str(sys.getrefcount(self))
s = Shown()
print(f"{s}")
print("{}".format(s))
print("{!r}".format(s))
print(format(s))
print(f"{s!r}", f"{s!s}", str(s), repr(s))
