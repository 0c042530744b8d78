class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
def fails():
    local = D("local")
    raise ValueError("boom")
try:
    fails()
except ValueError as e:
    print("caught", e)
print("after first")
def ok():
    local = D("ok local")
    return 1
ok()
print("after ok")
try:
    fails()
except ValueError:
    print("caught without as")
print("end")
