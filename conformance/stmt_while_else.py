i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else after normal end", i)
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
    print("body", i)
else:
    print("never printed")
print("after break", i)
n = 0
while n:
    print("never")
else:
    print("else on zero iterations")
