# sys.getsizeof of dicts (keys table sizes; str-only keys take less) and sets as they grow.
import sys

d = {}
sizes = []
for i in range(30):
    sizes.append(sys.getsizeof(d))
    d[i] = i
print(sizes)
d = {}
sizes = []
for i in range(30):
    sizes.append(sys.getsizeof(d))
    d["k%d" % i] = i
print(sizes)
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 2}), sys.getsizeof(dict(a=1, b=2)),
      sys.getsizeof({i: i for i in range(10)}), sys.getsizeof(dict([(1, 2)])))
big = {i: i for i in range(100)}
print(sys.getsizeof(big))
for i in range(90):
    del big[i]
print(sys.getsizeof(big))
big.clear()
print(sys.getsizeof(big))
print(sys.getsizeof({}.keys()), sys.getsizeof(iter({})), sys.getsizeof(iter({}.items())))

s = set()
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sizes)
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(10))),
      sys.getsizeof({x for x in range(20)}), sys.getsizeof(set("abcdefgh")), sys.getsizeof(iter(s)))
s2 = set(range(100))
for i in range(95):
    s2.discard(i)
print(sys.getsizeof(s2))
s2.clear()
print(sys.getsizeof(s2))
