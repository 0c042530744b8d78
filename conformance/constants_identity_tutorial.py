# "Is `is` the same as `==`?" as tutorials show it: small ints are cached, and equal literals
# compiled together are one constant (the compiler merges them), while values computed at run
# time are new objects.
a = 256
b = 256
print("256:", a is b)
a = 1000
b = 1000
print("1000, module level:", a is b)
a = 1000; b = 1000; print("1000, one line:", a is b)
c = int("1000")
print("int('1000'):", a is c, a == c)
d = 999 + 1
print("999 + 1 (folded by the compiler):", a is d)
n = 999
e = n + 1
print("n + 1 at run time:", a is e, a == e)


def one_thousand():
    return 1000


def also_one_thousand():
    return 1000


print("two functions:", one_thousand() is also_one_thousand(), one_thousand() is a)
s1 = "hello world"
s2 = "hello world"
print("strings:", s1 is s2)
s3 = "".join(["hello", " ", "world"])
print("joined:", s1 is s3, s1 == s3)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print("tuples:", t1 is t2, t1[:] is t1, t1[0:3] is t1, t1[1:] is t1, tuple(t1) is t1)
l1 = [1, 2, 3]
print("lists:", l1 is [1, 2, 3], l1[:] is l1)
f1 = 2.5
f2 = 2.5
z1 = -0.0
z2 = 0.0
print("floats:", f1 is f2, z1 is z2, z1 == z2)
x, y = 2 ** 10, 1024
print("2 ** 10:", x is y)
big1, big2 = 2 ** 100, 1267650600228229401496703205376
print("2 ** 100 (not folded: too big):", big1 is big2, big1 == big2)
print({33, 1, 17, 49, 65, 9}, {8, 16, 24, 32, 0})
