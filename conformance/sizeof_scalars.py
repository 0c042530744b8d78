# sys.getsizeof of ints (30-bit digits), floats, and str in its four compact layouts.
import sys

for v in [0, 1, -1, 255, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 10**100, -10**20, True, None, 1.5]:
    print(v, sys.getsizeof(v))
print(sys.getsizeof(12345678901234567890 * 3), sys.getsizeof(2 ** 100), sys.getsizeof(7 // 2),
      sys.getsizeof(1.5 * 2), sys.getsizeof(float("inf")))
for s in ["", "a", "ab", "hello world", "é", "héllo", "ĀĀ", "€uro", "😀", "a😀", "x" * 100]:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof("abc" + "def"), sys.getsizeof("x" * 40), sys.getsizeof("ab".upper()),
      sys.getsizeof(str(12345)), sys.getsizeof(repr([1, 2])), sys.getsizeof(f"{[1]}"),
      sys.getsizeof("-".join(["a", "b"])), sys.getsizeof("é" * 3 + "a"))
