def ratio(a, b):
    return a / b
print(ratio(1, 4))
values = [3, 0]
print(ratio(values[0], values[1]))
