class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(" + repr(self.x) + ")"
class S(P):
    def __str__(self):
        return "S with " + str(self.x)
class Plain:
    pass
p = P("a")
s = S(2)
print(p, s)
print(repr(p), repr(s), str(p), str(s))
print([p, s], (s,), {"k": s})
print(f"{s} {s!r} {p}")
print(Plain())
print(P)
print(type(p))
