import sys
print([], [1, "a", None], [[1], [2, [3]]])
print((), (1,), (1, 2), ((1,), ()))
print({}, {"a": 1, "b": [2]}, {1: "x", 2.5: None, (1, 2): "t"})
print({2}, set(), {1, 1, 1})
d = {"k": 1, "k": 2}
print(d, len(d))
a = []
l = [a, a, (a,), {"v": a}]
print(sys.getrefcount(a))
print(repr([1.5, "s", True]), str(("x",)))
print({"nested": {"deep": [1, {"x": ()}]}})
print(type([]), type(()), type({}), type({1}))
