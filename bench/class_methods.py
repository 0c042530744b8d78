# A method-heavy class workload.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
    def link(self, other):
        self.next = other
        return other
    def total(self):
        return self.value + (self.next.value if self.next else 0)
head = Node(0)
acc = 0
for i in range(100000):
    n = Node(i)
    head.link(n)
    acc += head.total()
print(acc)
