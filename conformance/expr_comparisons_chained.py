x = 5
print(1 < x < 10, 1 < x > 10, 5 == x == 5, 1 < 2 < 3 < 4 < 5)
print(x != 5, x >= 5, x <= 4, x > 4.5, 3 == 3.0)
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] == [1, 2], (1, 2) < (1, 2, 0), [2] > [1, 9])
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, None == None)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
print(1 == 1.0, True == 1, "1" == 1, [] == (), {} == [])
