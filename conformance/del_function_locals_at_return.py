class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
def f(p1, p2):
    z = D("z (first local)")
    a = D("a (second local)")
    print("returning")
    return "f done"
print(f(D("param1"), D("param2")))
print("--")
def g(keep):
    temp = D("temp")
    result = D("result")
    return result
r = g(D("arg"))
print("g returned", r.tag)
del r
print("--")
def h():
    b = D("b")
    b = D("b2")
    c = D("c")
    del c
    print("end of h")
h()
print("end")
