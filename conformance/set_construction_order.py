# set() and frozenset() of another set, of a dict and of an iterable: each built as CPython builds
# it (a set merged table to table, a dict's keys after one resize), so their order and sizes agree.
import sys

source = set(range(0, 200, 7))
for v in range(0, 200, 14):
    source.discard(v)
copies = [set(source), frozenset(source), set(frozenset(range(50, 90, 3)))]
for c in copies:
    print(type(c).__name__, list(c), sys.getsizeof(c))

counts = {k: k * k for k in range(-5, 60, 4)}
for c in [set(counts), frozenset(counts), set(counts.keys()), set(counts.values())]:
    print(type(c).__name__, list(c), sys.getsizeof(c))

words = "the quick brown fox jumps over the lazy dog".split()
lengths = set(len(w) for w in words)
print(sorted(lengths), len(set(words)), sorted(frozenset(words)))

grown = {1, 2, 3}
grown.update(range(100, 130), {7: 0, 8: 0})
print(list(grown), sys.getsizeof(grown))
shrunk = set(range(100))
shrunk.difference_update(range(0, 100, 2))
print(list(shrunk)[:10], sys.getsizeof(shrunk))
shrunk.intersection_update(range(0, 50))
print(list(shrunk), sys.getsizeof(shrunk))
