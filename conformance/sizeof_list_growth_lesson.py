# A memory lesson: how a list over-allocates as it grows (list_resize), and what a literal,
# list(range(n)) and a comprehension allocate.
import sys

numbers = []
last = sys.getsizeof(numbers)
print(f"empty list: {last} bytes")
for i in range(100):
    numbers.append(i)
    size = sys.getsizeof(numbers)
    if size != last:
        print(f"len {len(numbers):3}: {size} bytes ({(size - 56) // 8} slots)")
        last = size

print("literals:", [sys.getsizeof(x) for x in ([], [1], [1, 2], [1, 2, 3], [0] * 10)])
for n in (0, 1, 2, 5, 9, 10, 17):
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof([i for i in range(n)]),
          sys.getsizeof(list("x" * n)), sys.getsizeof("x y" .split() * n))

shrinking = list(range(20))
while shrinking:
    shrinking.pop()
    print(len(shrinking), sys.getsizeof(shrinking), end="; ")
print()

a = [1, 2, 3]
print(sys.getsizeof(a + a), sys.getsizeof(a * 3), sys.getsizeof(a[:]), sys.getsizeof(a[1:]),
      sys.getsizeof(sorted(a)), sys.getsizeof([*a, 4]))
b = []
b.extend(range(10))
print(sys.getsizeof(b))
b += [7] * 20
print(sys.getsizeof(b))
del b[2:]
print(sys.getsizeof(b))
b.clear()
print(sys.getsizeof(b))
c = [0]
for i in range(20):
    c.insert(0, i)
print(sys.getsizeof(c))
print(sys.getsizeof((1, 2, 3)), sys.getsizeof(()), sys.getsizeof(tuple(a)), sys.getsizeof(tuple(range(10))))
