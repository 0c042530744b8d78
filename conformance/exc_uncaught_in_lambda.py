second = lambda seq: seq[1]
print(second([1, 2]))
data = {"items": [7]}
print(second(data["items"]))
