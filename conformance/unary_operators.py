# The unary operators -, + and ~ on numbers, bools and a class with __neg__, __pos__ and
# __invert__ (a vector, as tutorials on operator overloading write it), with CPython's errors.


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(abs(self.x), abs(self.y))

    def __invert__(self):
        return Vector(self.y, self.x)


v = Vector(3, -4)
print(-v, +v, ~v, -(-v))
print(+True, -True, ~True, ~False, type(+True).__name__, +5, +2.5, -(-7), ~-1, ~(2 ** 70))
big = 10 ** 30
print(+big is big, -big)


class Plain:
    pass


for bad in [lambda: +"abc", lambda: -"abc", lambda: ~"a", lambda: +[1], lambda: -None, lambda: ~2.0, lambda: -Plain()]:
    try:
        print(bad())
    except TypeError as err:
        print("TypeError:", err)
