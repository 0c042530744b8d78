class Base:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("Base.__del__", self.tag)
class Child(Base):
    def __del__(self):
        print("Child.__del__", self.tag)
        Base.__del__(self)
class Plain(Base):
    pass
c = Child("c")
p = Plain("p")
del c
print("--")
del p
print("--")
l = [Child("l0"), Plain("l1")]
l = None
print("end")
