import sys
class C:
    def __repr__(self):
        return "rc=" + str(sys.getrefcount(self))
c = C()
print(c)
print(repr(c))
print(str(c))
print(f"{c!r}")
print([c])
print({"k": c})
