# A user class with the bitwise special methods: a small flags type, reflected operands, in-place
# forms, and a subclass whose reflected method wins.


class Flags:
    def __init__(self, bits):
        self.bits = bits

    def __repr__(self):
        return f"Flags({self.bits:#06b})"

    def _other(self, other):
        return other.bits if isinstance(other, Flags) else other

    def __or__(self, other):
        print("__or__")
        return Flags(self.bits | self._other(other))

    def __ror__(self, other):
        print("__ror__")
        return Flags(self._other(other) | self.bits)

    def __and__(self, other):
        return Flags(self.bits & self._other(other))

    def __rand__(self, other):
        return Flags(self._other(other) & self.bits)

    def __xor__(self, other):
        return Flags(self.bits ^ self._other(other))

    def __lshift__(self, n):
        return Flags(self.bits << n)

    def __rshift__(self, n):
        return Flags(self.bits >> n)

    def __invert__(self):
        return Flags(~self.bits & 0b1111)

    def __ior__(self, other):
        print("__ior__")
        self.bits |= self._other(other)
        return self


a = Flags(0b0011)
b = Flags(0b0101)
print(a | b, a & b, a ^ b, a << 1, b >> 2, ~a)
print(4 | a, 6 & b)
keep = a
a |= 8
print(a, keep is a)
a &= 1
print(a, keep is a)
a ^= 2
print(a)
a <<= 1
print(a)


class Special(Flags):
    def __ror__(self, other):
        print("Special.__ror__")
        return Special(self._other(other) | self.bits)


print(Flags(1) | Special(2))
print(Special(1) | Flags(2))


class Plain:
    pass


class OnlyRight:
    def __rxor__(self, other):
        return ("rxor", other)

    def __rlshift__(self, other):
        return ("rlshift", other)

    def __rrshift__(self, other):
        return ("rrshift", other)


print(1 ^ OnlyRight(), 3 << OnlyRight(), "s" >> OnlyRight())
for bad in [lambda: Plain() | 1, lambda: 1 & Plain(), lambda: ~Plain(), lambda: Flags(1) ^ Plain() if False else Plain() ^ Flags(1)]:
    try:
        print(bad())
    except TypeError as err:
        print("TypeError:", err)
p = Plain()
try:
    p |= 1
except TypeError as err:
    print("TypeError:", err)
