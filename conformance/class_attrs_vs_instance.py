class Counter:
    count = 0
    label = "class label"
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a = Counter()
b = Counter()
print(Counter.count, a.count, b.count, a.id, b.id)
a.label = "instance label"
print(a.label, b.label, Counter.label)
del a.label
print(a.label)
Counter.label = "changed"
print(a.label, b.label)
print(hasattr(a, "id"), hasattr(Counter, "id"))
class Shared:
    items = []
s1 = Shared()
s2 = Shared()
s1.items.append(1)
print(s2.items, s1.items is Shared.items)
s1.items = [2]
print(s1.items, s2.items)
