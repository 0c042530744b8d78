print("never runs")
x = "abc
print(x)
