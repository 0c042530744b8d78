a = []
b = a
c = []
print(a is b, a is c, a is not c, a == c)
print(None is None, a is not None)
l = [1, "two", a]
print(1 in l, "two" in l, c in l, 3 in l, 3 not in l)
d = {"k": 1, 2: "v"}
print("k" in d, 1 in d, 2 in d, "v" in d, "k" not in d)
print("ell" in "hello", "" in "x", "z" not in "abc")
t = (a, None)
print(None in t, a in t)
s = {1, 2, 3}
print(2 in s, 5 in s)
print(1 in range(3), 3 in range(3), 4 in range(0, 10, 2))
class C:
    pass
o = C()
print(o in [C(), o], o in [C()])
