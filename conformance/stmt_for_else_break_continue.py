for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)
else:
    print("for else runs")
for x in range(10):
    if x == 3:
        print("break at", x)
        break
else:
    print("never")
for x in []:
    print("never")
else:
    print("else on empty")
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
