# One-character strings and folded subscripts: which objects are the same.
# The runtime's one-character strings below U+0100 are singletons; a program's identifier-like
# literals are interned, and for most ASCII letters that is a different object (CPython 3.11's
# deep-frozen standard library interned its own first). Constant subscripts are folded.
import sys

word = "hello"
first = word[0]
print(first == "h", first is word[0], first is chr(104))
letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
print("".join(c for c in letters if c is not chr(ord(c))))
lit_q = "q"
print(lit_q is "q", lit_q == chr(113))
bang = "x!"
print(bang[1] is chr(33), "é"[0] is chr(233), "éé"[0] is "éé"[1])
wide = "жж"
print(wide[0] is wide[1], wide[0] == wide[1], chr(1078) is chr(1078))
print(" a".strip() is chr(97), "a,b".split(",")[0] is chr(97), repr(first)[1] is first)
print("".join([word]) is word, "-".join((word,)) is word, "".join([]) == "")
print(word * 1 is word, (1, 2) * 1 == (1, 2), [1] * 1 is [1])
t = (1000, 2000)
print(t * 1 is t, 1 * t is t)

# Folded subscripts of constants (CPython's fold_subscr), never of slices.
u = (1000, 2000)
print(sys.getrefcount(u[0]))
x = (1000, 2000)[0]
print(sys.getrefcount(u[0]), x is u[0])
y = ((1000.5,), 2)[0]
print(sys.getrefcount(y), sys.getrefcount(y[0]))
def pair():
    return (3000, 4000)[1], (3000, 4000)[1]
a, b = pair()
print(a is b, sys.getrefcount(a))
z = ("hello world", "x y")[1]
print(sys.getrefcount(z), z is ("x y",)[0])
print("abc"[1] + "d", ("x", "y")[0:1], "abc"[1:2] == "b")
print((1000, 2000)[5:], "abc"[-1])
try:
    print((1, 2)[7])
except IndexError as e:
    print("IndexError:", e)
