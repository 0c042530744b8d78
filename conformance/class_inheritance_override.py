class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "Base greet " + self.name
    def describe(self):
        return self.greet() + " (" + self.kind + ")"
class Child(Base):
    kind = "child"
    def __init__(self, name, age):
        Base.__init__(self, name)
        self.age = age
    def greet(self):
        return "Child greet / " + Base.greet(self)
b = Base("b")
c = Child("c", 3)
print(b.describe())
print(c.describe())
print(c.name, c.age)
print(isinstance(c, Base), isinstance(b, Child), isinstance(c, Child))
print(type(c) is Child, type(c) is Base)
print(Child.kind, Base.kind)
