# 1.5 million objects, of which a million are cyclic garbage: 500,000 pairs that point at each
# other and nothing else points at, beside 500,000 kept in a list. One full collection finds them.
import gc


class Node:
    pass


# --- measure ---
gc.disable()
kept = [Node() for _ in range(500_000)]
for _ in range(500_000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
a = b = None
print(gc.collect())
gc.enable()
