class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
def inner():
    i = D("inner local")
    1 / 0
def middle():
    m = D("middle local")
    inner()
def outer():
    o = D("outer local")
    middle()
try:
    outer()
except ZeroDivisionError:
    print("caught")
print("--")
try:
    outer()
except ZeroDivisionError as e:
    print("caught as e")
print("end")
