print(range(5), range(2, 8), range(0, 10, 3), range(5, 0, -1))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(-3)))
print(list(range(10, 0, -3)), list(range(-5, -1)))
print(len(range(0, 10, 3)), range(10)[3], range(10)[-1])
print(tuple(range(3)), sorted(range(3), reverse=True))
total = 0
for i in range(1, 101):
    total += i
print(total)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
print(range(3) == range(0, 3), 2 in range(3))
