# sys.getrefcount of constants: the parse tree keeps each literal's object while the module runs,
# each code object that loads a constant holds it once (co_consts), and a constant tuple or
# frozenset holds its items.
import sys

rc = sys.getrefcount
print(rc(1000), rc("my-string"), rc(1.5))
x = 1000
print(rc(x))
y = 1000
print(rc(x), x is y)
t = (1, 2, 3)
print(t[:] is t, rc(t))
u = (1, 2, 3)
print(t is u, rc(t))


def f():
    z = 1000
    w = "my-string"
    print(rc(z), rc(w), z is x, rc(1000))
    return (1, 2, 3)


f()
print(f() is f(), f() is t)
s = "hello world"
print(rc(s))
s2 = "hello world"
print(s is s2, rc(s))
print(rc((1, 2)), rc((1, [2])))
n = -1000
print(rc(n), rc(-1000))
fl = -1.5
print(rc(fl))
print(rc(2 ** 40))
big = 2 ** 40
print(rc(big))
lst = [1000, 1000, "a b", "a b"]
print(lst[0] is lst[1], lst[2] is lst[3], rc(lst[0]))


def g():
    return 5000


print(rc(5000), rc(g()))
kept = g()
print(rc(kept))
del g
print(rc(kept))
lam = lambda: "a-b"
print(rc(lam()), rc("a-b"))
h = [n * 7000 for n in range(3)]
print(rc(7000), h)


class K:
    attr = 8000
    other = (8000, "q r")


print(rc(K.attr), rc(K.other), rc("q r"))
print(rc(0.0), rc(-0.0), rc(1.0))
print(rc(10 ** 10), rc("a-" * 3), rc("ab" + "cd!"), rc("x" * 5000))
w = ((1, 2), (1, 2), 3000)
print(w[0] is w[1], rc(w[0]), rc(w), rc(3000))
ll = [3000, 3001, 3002]
print(rc(3001), rc(ll[0]))
ll2 = [(1, 2), "m n", 4.5]
print(rc(4.5), rc(ll2[1]))
st = {9000, 9001, 9002}
print(rc(9001), rc(st))


def k(a=6000, b="d f"):
    return a, b


print(rc(6000), rc("d f"), rc(k()[0]))
t1 = (6000, "d f")
print(t1 == k(), t1 is k())
print(rc(1 / 3), rc(1000 - 1), rc(-(1000)), rc(-2.5), rc(+3000))
v2 = "x%sy" % "z"
print(v2, rc(v2))
big3 = 3 ** 100
print(rc(big3))
del x
print(rc(5000))
