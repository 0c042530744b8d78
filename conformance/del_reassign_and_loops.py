class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
for i in range(3):
    x = D(i)
    print("made", i)
print("loop done")
del x
print("--")
holder = None
for tag in ["a", "b"]:
    holder = [D(tag), holder]
holder = None
print("--")
def make(n):
    return D("temp" + str(n))
make(1)
print("temp result dropped")
make(2).tag
print("attribute read then dropped")
print(make(3).tag)
