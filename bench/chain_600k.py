# A chain of 600,000 objects, each holding the one before it, built and then dropped at once:
# dropping the head frees the whole chain (CPython's trashcan keeps the C stack flat).
class Node:
    def __init__(self, nxt):
        self.next = nxt


# --- measure ---
head = None
for i in range(600_000):
    head = Node(head)
head = None
print("chain dropped")
