import sys
class C:
    pass
o = C()
o.n = 1
o.n += 41
o.s = "a"
o.s += "b"
o.l = []
keep = o.l
o.l += [1]
print(o.n, o.s, o.l, o.l is keep, sys.getrefcount(keep))
l = [1, [2], "s"]
l[0] += 10
inner = l[1]
l[1] += [3]
l[2] *= 2
l[-3] -= 1
print(l, inner is l[1], sys.getrefcount(inner))
d = {"count": 0, "names": []}
for name in ["x", "y"]:
    d["count"] += 1
    d["names"] += [name]
print(d)
def calls():
    print("subscript evaluated once")
    return 0
l[calls()] += 1
print(l[0])
