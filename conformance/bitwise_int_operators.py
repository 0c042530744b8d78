# The bitwise operators on ints and bools, as a tutorial on flags and bit tricks uses them.
import sys

READ, WRITE, EXEC = 1, 2, 4
perms = READ | WRITE
print(perms, perms & WRITE, bool(perms & EXEC), perms ^ READ, ~perms, perms << 3, 256 >> 4)
perms |= EXEC
print(perms)
perms &= ~WRITE
print(perms)
perms ^= 0b1111
print(perms, bin(perms) if False else perms)
n = 1
n <<= 40
print(n, n >> 39)
n >>= 100
print(n)

# Bools: & | ^ of two bools is a bool; with an int it is an int; ~True is -2.
print(True & False, True | False, True ^ True, True & 3, 2 | False, ~True, ~False, True << 3)
print(type(True & True).__name__, type(True & 1).__name__)

# Negative numbers behave as infinite two's complement.
print(-1 & 0xFF, -256 >> 4, -1 >> 100, -5 ^ 3, ~-1, 7 & -8)

# Big ints.
big = 2 ** 100
print(big | 1, big & (big - 1), (big >> 90), 1 << 200, (big ^ (big + 5)))

# Constants are folded into the code object, as CPython's optimizer does.
mask = 1 << 40
print(sys.getrefcount(mask), mask)
inv = ~123456789
print(sys.getrefcount(inv), inv)
combo = 0x12345678 | 0x0F0F0F0F0F
print(sys.getrefcount(combo), combo)


def count_bits(x):
    total = 0
    while x:
        total += x & 1
        x >>= 1
    return total


print([count_bits(v) for v in [0, 1, 255, 1023, 2 ** 64 - 1]])

# CPython's errors.
for expr in [
    lambda: 1 << -1,
    lambda: 1 >> -3,
    lambda: 1 & 1.5,
    lambda: "a" | 1,
    lambda: ~1.5,
    lambda: [1] ^ [2],
    lambda: None & 1,
    lambda: 1 << 10 ** 20,
]:
    try:
        expr()
    except (TypeError, ValueError, OverflowError) as err:
        print(type(err).__name__ + ":", err)
x = 5
try:
    x &= "a"
except TypeError as err:
    print("TypeError:", err)
try:
    x <<= 2.0
except TypeError as err:
    print("TypeError:", err)
print(0 << 10 ** 20, 5 >> 10 ** 20, -5 >> 10 ** 20)
