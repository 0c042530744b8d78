print(len([1, 2]), len(()), len("abc"), len({"a": 1}), len({1, 2, 3}), len(range(5)))
print(str(12), str(1.5), str([1, "a"]), str(None), str("s"), repr("s"), repr(12))
print(repr([1, "a"]), repr((1,)), repr({"k": "v"}), repr(True))
print(int("42"), int("-7"), int(" 8 "), int(3.99), int(-3.99), int(True), int("0012"))
print(int(), str(), repr(""), len(""))
print(type(1) is int, type("") is str, type([]) is list, type({}) is dict)
print(type(()) is tuple, type(set()) is set, type(1.0), type(len))
class C:
    pass
print(type(C()), type(C) is type, int("10") + 1)
print(hex(255), hex(-1), hex(2 ** 40), hex(0))
