# Members discarded from large sets, then others added into the dummies they leave: the order
# a set iterates in shows which slot each discard emptied and which slot each add reused.
# Colliding ints (multiples of the table size) share a probe sequence. A set of strs is printed
# sorted: its order depends on str hashes, which Heapscope does not model (docs/python-support.md).
import sys

s = set(range(3000))
for i in range(0, 3000, 2):
    s.discard(i)
s.update(range(5000, 5600))
print(len(s), list(s)[:12], list(s)[-12:])

c = {i * 1024 for i in range(40)}
for i in range(0, 40, 3):
    c.remove(i * 1024)
c.add(7 * 1024 + 1)
c.add(3 * 1024)
print(list(c))

words = {f"w{i}" for i in range(800)}
words -= {f"w{i}" for i in range(0, 800, 7)}
words.add("new")
print(len(words), sorted(words)[:5], sum(len(w) for w in words))  # str order: not compared

t = set(range(2000))
t ^= set(range(1000, 3000))
t.symmetric_difference_update(range(2500, 2600))
print(len(t), list(t)[:10], sys.getsizeof(t))

pairs = {(i, -i) for i in range(500)}
pairs.difference_update((i, -i) for i in range(0, 500, 4))
pairs.add((1, 2))
print(len(pairs), (1, 2) in pairs, (4, -4) in pairs)

f = frozenset(range(100))
g = set(f)
for x in list(g)[::3]:
    g.remove(x)
print(sorted(g)[:10], len(g), g < f)
