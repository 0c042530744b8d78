import sys
nums = [5, 2, 9, 1, 5]
s = sorted(nums)
print(s, nums, s is nums)
print(sorted(nums, reverse=True))
print(sorted(["pear", "Apple", "fig"]), sorted("hello"))
print(sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted([2.5, 1, -3, True]), sorted([]), sorted([[2, 1], [1, 9], [1, 2]]))
x = []
y = []
l = [x, y]
out = sorted(l, reverse=True)
print(sys.getrefcount(x))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sorted(range(4), reverse=False))
