import sys
class Base:
    pass
print("class", sys.getrefcount(Base))
b1 = Base()
b2 = Base()
print("two instances", sys.getrefcount(Base))
del b1, b2
print("instances gone", sys.getrefcount(Base))
class Child(Base):
    pass
print("with subclass", sys.getrefcount(Base), sys.getrefcount(Child))
alias = Base
kinds = [Base, Child]
print("names and list", sys.getrefcount(Base), sys.getrefcount(Child))
def make(cls):
    return sys.getrefcount(cls)
print("argument", make(Child))
