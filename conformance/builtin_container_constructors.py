import sys
a = []
t = (a, 1)
print(tuple(t) is t, list(t) == [a, 1], sys.getrefcount(a))
l2 = list(t)
print(sys.getrefcount(a))
print(list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list())
print(tuple([1, 2]), tuple("ab"), tuple(), tuple({"x": 0}))
print(dict(), dict({"a": 1}), dict([("b", 2)]), dict(c=3))
print(set(), set([3, 3]), len(set([3, 3, 1])), len(set("aab")))
l = [a, a]
c = list(l)
print(c == l, c is l, sys.getrefcount(a))
dc = dict({"k": a})
print(sys.getrefcount(a))
del l2, c, dc, l, t
print(sys.getrefcount(a))
