# "is" with a literal: CPython 3.11's compiler warns (SyntaxWarning on stderr, before anything
# runs) and the code still runs. Each comparison warns, in the order the compiler meets them.
print('start')
x = 1
if x is 1:
    print('x is 1')
if x is not 2:
    print('x is not 2')
y = [x is -1, x is (), x is (1, None), x is 'a' 'b', x is f'a', x is None, x is True]
print(y)
z = [x is 2 ** 3, x is 1 / 0 if x > 5 else 0, x is -x, x is [], x is not 1.5, 1 is x]
print(z)
print(0 < x is 3, x is (not 1), x is (1 if x else 2), (x is 4) if x else 5)
print(1,
      x is 6)
if (x == 2 or
        x is 7):
    pass


def f(a):
    return a is 'text'


g = lambda: x is 8
w = [x is 9 for _ in range(1)]
assert x is not 'abc', 'message'
n = 0
while (n < 2 and
       n is not 10):
    n += 1
    if n is 11:
        break


def h():
    for i in range(3):
        try:
            if i is 12:
                continue
            if i == 2:
                return i
        finally:
            print('finally', i is 13)


print(f('text'), g(), w, h())
try:
    pass
except ValueError:
    x is 14
else:
    x is 15
print('end', x is 256, x is 'x' * 3)
print(x is 'ab'[0], x is (None, 2)[0], x is (None, 2)[1], x is (1, 2)[1:], x is 'é' * 2)
print(x is (1,) * 300, x is 2 ** 200, x is 'abc'[-1], x is 'ab'[5] if x > 9 else 0)
