def f(a, b, c=3):
    print("a", a, "b", b, "c", c)
f(1, 2)
f(1, c=30, b=20)
f(b=2, a=1)
f(1, 2, c=None)
print("x", "y", sep="-", end="!\n")
print(sorted([3, 1, 2], reverse=True))
try:
    f(1, 2, d=4)
except TypeError as e:
    print(e)
try:
    f(1, a=1)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
