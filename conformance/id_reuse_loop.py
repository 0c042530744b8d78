# ids seen in a loop: each new int takes the block the previous iteration's int gave back, once
# the name is rebound (an int made by `+` from a big int asks for one more digit than it keeps).
log = []


def note(o):
    log.append(id(o))


for i in range(3):
    n = 10 ** 12 + i
    note(n)
print(log[0] == log[2], log[0] == log[1])


class P:
    def __init__(self, x):
        self.x = x


class Q:
    pass


log = []
keep = []
for i in range(12):
    p = P(i)
    note(p)
    if i % 3 == 0:
        keep.append(p)
    q = Q()
    note(q)
    l = [i] * (i % 5)
    note(l)
    d = {"k": i}
    note(d)
    t = (i, i + 1)
    note(t)
    f = i * 0.5
    note(f)
    s = "x" * (i % 7 + 2)
    note(s)
    n = 10 ** 12 + i
    note(n)
    if i % 4 == 0:
        keep.append(l)
        keep.append(d)
first_seen = {}
pattern = []
for a in log:
    if a not in first_seen:
        first_seen[a] = len(first_seen)
    pattern.append(first_seen[a])
print(pattern)
