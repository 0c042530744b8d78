# The TypeErrors CPython gives for calls that do not fit the function.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


def g(*args):
    return args


def h(**kw):
    return kw


def p(a, b, /, c):
    return a, b, c


def q(a, b, c, *, d, e, f):
    pass


def r(a, *, k):
    pass


def s(a, b=1):
    pass


class Box:
    def put(self, *items, label):
        return items, label


attempts = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, a=1, c=1),
    lambda: f(1, c=2, b=3, a=4),
    lambda: g(z=1),
    lambda: h(1),
    lambda: p(1, b=2, c=3),
    lambda: p(1, 2, 3, 4),
    lambda: q(),
    lambda: q(1, 2, 3),
    lambda: r(1, 2, k=3),
    lambda: s(1, 2, 3),
    lambda: s(),
    lambda: Box().put(1, 2),
    lambda: f(*1),
    lambda: f(1, *2),
    lambda: f(**1),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(**{1: 2}),
    lambda: print(**{1: 2}),
    lambda: Box().put(*None),
    lambda: len(*5),
    lambda: [*5],
    lambda: {**5},
    lambda: {*5},
    lambda: f(*[1], **[2]),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)

f(1, 2, 3, 4, 5, b=6)
