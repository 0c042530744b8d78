import sys
saved = []
class R:
    def __del__(self):
        print("__del__ refcount", sys.getrefcount(self))
        saved.append(self)
r = R()
del r
print(len(saved), sys.getrefcount(saved[0]))
saved.clear()
print("cleared")
