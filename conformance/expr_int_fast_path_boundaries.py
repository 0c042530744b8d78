# + - == != < <= > >= on ints at the edges of one digit (2**30), of exact doubles (2**53) and
# past them, with bools mixed in: the one-digit fast paths must agree with the general ones.
import sys

edges = [0, 1, -1, 2**30 - 1, 2**30, -(2**30 - 1), -(2**30), 2**53 - 1, 2**53, 2**53 + 1,
         -(2**53), 2**62, -(2**62), 2**64 + 3, True, False]
for a in edges:
    for b in edges:
        s = a + b
        d = a - b
        print(a, b, s, d, type(s).__name__, a == b, a != b, a < b, a <= b, a > b, a >= b)
x = 2**30 - 1
y = x + 1
print(y, sys.getrefcount(y), y - 1 == x, y - 1 is x)
n = 0
for i in range(-5, 300, 7):
    n = n + i - (i - 1)
    if n == 20 or n < -3:
        print("hit", i, n)
small, large = 256, 257
print(n, small + 1 - 1 is small, large + 1 - 1 is large, small - 262 + 1 is small - 261)
