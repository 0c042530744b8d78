import sys
class A:
    kind = "A"
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(A(), B))
print(isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(1.0, int))
v = []
setattr(b, "data", v)
print(b.data is v, sys.getrefcount(v))
print(hasattr(b, "data"), hasattr(b, "kind"), hasattr(b, "nope"), hasattr([], "append"))
print(getattr(b, "kind"), getattr(b, "nope", None), getattr(b, "data") is v)
setattr(b, "data", None)
print(sys.getrefcount(v), b.data)
setattr(B, "kind", "B")
print(b.kind, A.kind)
try:
    isinstance(b, "A")
except TypeError as e:
    print(e)
