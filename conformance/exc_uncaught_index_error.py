l = [1, 2, 3]
i = 0
while True:
    print(l[i])
    i += 1
