d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print("key", k)
for k in d.keys():
    print("keys()", k)
for v in d.values():
    print("values()", v)
for k, v in d.items():
    print("items()", k, v)
for x in (10, 20):
    print("tuple", x)
for ch in "hi":
    print("str", ch)
for i in range(2, 11, 4):
    print("range", i)
for a, b in [(1, 2), [3, 4]]:
    print("pair", a, b)
for x in [1, 2]:
    pass
print("loop variable after loop", x)
