class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class P:
    pass
a = P()
a.x = T("a.x")
a.y = T("a.y")
b = P()
b.y = T("b.y")
b.x = T("b.x")
del a
del b
