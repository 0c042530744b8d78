import sys
def make():
    x = []
    return x
def pair():
    return 1, "two"
def nothing():
    return
def implicit():
    pass
r = make()
print(r, sys.getrefcount(r))
print(pair(), type(pair()))
print(nothing(), implicit())
def first(l):
    return l[0]
inner = [7]
outer = [inner]
got = first(outer)
print(got is inner, sys.getrefcount(inner))
def early(n):
    if n > 0:
        return "positive"
    print("fell through")
print(early(1), early(0))
