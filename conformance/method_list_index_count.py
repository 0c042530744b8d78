l = [10, 20, 30, 20, 10]
print(l.index(20), l.index(10), l.count(10), l.count(99))
print(l.index(20, 2), l.index(10, 1), l.index(30, 0, 3))
try:
    l.index(30, 3)
except ValueError as e:
    print(e)
x = []
m = [x, [], x]
print(m.index([]), m.count([]), m.count(x))
