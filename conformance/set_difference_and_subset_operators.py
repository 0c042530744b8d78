# Sets with `-`, `-=` and the subset comparisons, as set_sub, set_isub and set_richcompare run
# them (the `|`, `&` and `^` operators are refused with the other bitwise operators).
import sys

a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, b > a, b >= a, a < a, a <= a, a > a, a >= a)
print({1} < {2}, {1} > {2}, {1} <= {2}, set() < {1}, set() <= set(), a == {2, 1}, a != b)
print(a - b, b - a, b - set(), set(range(40)) - {5, 6}, {1.0, 2} - {1})
print(sorted([{3}, {1, 2}, {1}], key=len), max([{1}, {1, 2}]), min([{1, 2}, {1}]))
s = {1, 2, 3, 40, 17}
alias = s
s -= {2, 17}
print(s, alias is s, sys.getrefcount(s))
d = b - a
print(d, sys.getrefcount(d))
for f in [lambda: {1} < [1], lambda: {1} - [1], lambda: {1} + {2}, lambda: [1] - {1}, lambda: {1} >= (1,)]:
    try:
        f()
    except TypeError as e:
        print(e)
for op in ['-=', '+=', '*=', '**=', '/=', '//=', '%=']:
    try:
        x = {1}
        if op == '-=':
            x -= [1]
        elif op == '+=':
            x += {2}
        elif op == '*=':
            x *= 2
        elif op == '**=':
            x **= 2
        elif op == '/=':
            x /= 2
        elif op == '//=':
            x //= 2
        else:
            x %= 2
    except TypeError as e:
        print(e)
n = 5
try:
    n -= 'a'
except TypeError as e:
    print(e)


class Tag:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return len(self.name)

    def __del__(self):
        print('del', self.name)


tags = {Tag('a'), Tag('bb'), Tag('ccc')}
keep = {t for t in tags if len(t.name) > 1}
print('subtract')
tags -= keep
print('compare', tags < keep, tags.isdisjoint(keep))
del keep
print('end')
