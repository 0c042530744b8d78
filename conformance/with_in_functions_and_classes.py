# `with` in a class body, in loops (break/continue), around return, nested with try/finally.
import sys
class M:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.n == "swallow"
    def __del__(self): print("del", self.n)
class K:
    with M("class body") as m:
        x = 1
    print("class", x)
print(K.x, K.m.n)
def loop():
    out = []
    for i in range(3):
        with M(i):
            if i == 0:
                continue
            out.append(i)
    return out
print(loop())
def swallow():
    with M("swallow"):
        return 1 / 0
    return "fell through"
print(swallow())
def nested():
    try:
        with M("a"):
            try:
                with M("b"):
                    raise ValueError("v")
            finally:
                print("finally")
    except ValueError as e:
        print("got", e, sys.getrefcount(e))
nested()
with M("exc-info") as m:
    try:
        raise KeyError("inner")
    except KeyError:
        print("handled inside")
del m
print("end")
