# Calling a staticmethod object (3.10+: sm_call), callable() of the wrappers, and recursion
# depths through a staticmethod, a property and super().
import sys
class Util:
    @staticmethod
    def double(x):
        return x * 2

    doubled = double(21)

    @staticmethod
    def deep(n):
        return n if n == 0 else Util.deep(n - 1)

print(Util.doubled)
s = staticmethod(lambda a, b=2: a + b)
print(s(1), s(1, b=5), callable(s), callable(classmethod(lambda c: 0)), callable(property()))
try:
    classmethod(lambda c: 0)()
except TypeError as e:
    print(e)
print(sys.getrecursionlimit())
def rec(n):
    return n if n == 0 else s2(n - 1)
s2 = staticmethod(rec)
try:
    rec(10000)
except RecursionError as e:
    print("RecursionError")
print(rec(100))
sys.setrecursionlimit(300)
depth = 0
def rec():
    global depth
    depth += 1
    s()
s = staticmethod(rec)
try:
    rec()
except RecursionError:
    print(depth)
depth = 0
class C:
    @property
    def p(self):
        global depth
        depth += 1
        return self.p
try:
    C().p
except RecursionError:
    print(depth)
depth = 0
class D:
    def m(self):
        global depth
        depth += 1
        return super().m() if False else self.m()
try:
    D().m()
except RecursionError:
    print(depth)
depth = 0
class E:
    def __init__(self):
        global depth
        depth += 1
        super().__init__()
        E()
try:
    E()
except RecursionError:
    print(depth)
