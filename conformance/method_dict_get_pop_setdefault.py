import sys
v = []
d = {"a": v, "b": 2}
print(d.get("a") is v, d.get("zz"), d.get("zz", "default"))
print(sys.getrefcount(v))
print(d.setdefault("b", 99), d.setdefault("c", []), d)
r = d.setdefault("e", v)
print(r is v, sys.getrefcount(v))
print(d.pop("b"), d.pop("nope", "fallback"), list(d))
got = d.pop("a")
print(got is v, sys.getrefcount(v))
del got
print(sys.getrefcount(v))
d.setdefault("n")
print(d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
