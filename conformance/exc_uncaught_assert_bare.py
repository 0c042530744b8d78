items = [1, 2]
print("checking")
assert len(items) == 3
