# One-element tuples written with a trailing comma, a generator expression with a tuple target as
# the only argument, f-string fields (tuples, self-documenting '=', raw f-strings) and == / !=
# answered by the classes' own __eq__ / __ne__ (reflected for a subclass, never by identity alone),
# and a __bool__ that must return a bool.
def f():
    return 1,
print(f())
def g():
    return 1, 2
print(g())
x = [1],
print(x)
y = "a",
print(y, len(y))
a, = [5]
print(a)
for x, in [(1,), (2,)]:
    print(x)
d = {}
d[1,] = "t"
print(d)
def gen():
    yield 1,
    yield 2
print(list(gen()))
pairs = [(1, 'a'), (2, 'b')]
print(sorted(v for k, v in pairs))
print(list(v for k, v, in [(1, 2)]))
print([x for x, in [(3,), (4,)]])
print({k: v for k, v in pairs})
z = 1, 2,
print(z)
b = c = 3,
print(b, c)
(p) = 4
print(p)
q = (5)
print(q)
*r, = [1, 2]
print(r)
s, *t = 1, 2, 3
print(s, t)
def h():
    u = yield 1,
    print('got', u)
gg = h()
print(next(gg))
try:
    gg.send('v')
except StopIteration:
    pass
n = 42
s = 'hi'
print(f"{1, 2}")
print(f"{n=}")
print(f"{n = }", f"{n=:>5}", f"{'a'=}")
print(f"{s=!s}", f"{s=}", f"{s = !r:>6}|")
print(rf"\n{1}", fr"{2}\t", Rf"\d{3}", RF"\x{4}", f"\t{5}")
print(f"{n!r:>4}|{s:^6}|{n:08.3f}")
print(f"""{n=
}""")
print(f"{n + 1 = }")
print(f"{ n }")
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('A.eq', self.v, getattr(o, 'v', o))
        return isinstance(o, A) and self.v == o.v
class B(A):
    def __eq__(self, o):
        print('B.eq', self.v, getattr(o, 'v', o))
        return True
class N:
    def __init__(self, v): self.v = v
    def __ne__(self, o):
        print('N.ne')
        return False
a, a2, b = A(1), A(1), B(2)
print(a == a, a != a, a == a2, a != a2)
print(a == b, b == a, 1 == a, a == 1)
print(a in [a], a in [a2], [a] == [a], [a] == [a2])
n = N(1)
print(n == n, n != n, n == N(1), n != N(2))
class P: pass
p = P()
print(p == p, p != p, p == P(), p != P(), None == p)
nan = float('nan')
print(nan == nan, nan != nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
print([1, 2].index(2), [a2, a].index(a))
print({1: a} == {1: a2})
class Never:
    def __eq__(self, o):
        print("eq called")
        return False
never = Never()
print(never == never, never != never, never in [never], [never] == [never])
class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return 2
print(bool(L()), not L())
try:
    print(bool(B()))
except TypeError as e:
    print(e)
try:
    if B(): print("yes")
except TypeError as e:
    print(e)
