class Bad:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("Bad.__del__", self.tag)
        raise KeyError(self.tag)
def work():
    b = Bad("local")
    print("working")
    return 42
print(work())
l = [Bad("item0"), Bad("item1")]
del l
print("still running")
