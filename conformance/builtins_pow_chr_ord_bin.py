# pow, chr, ord, bin, oct, ascii, and isinstance with nested tuples: results, errors, refcounts.
import sys

print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(-2, 3), pow(True, 2))
print(pow(3, 4, 5), pow(2, 3, -5), pow(-2, 3, 5), pow(10, 2, 1), pow(0, 0, 5))
print(pow(3, -2, 7), pow(3, -2, -7), pow(2, 10**20, 7), pow(2, 3, None))
print(pow(base=2, exp=3, mod=5), pow(2, 3, mod=None))

tests = [
    lambda: 'a' ** 2,
    lambda: pow('a', 2),
    lambda: pow('a', 2, 3),
    lambda: pow(2, 'a', 3),
    lambda: pow(2.0, 3, 5),
    lambda: pow(2, 3, 5.0),
    lambda: pow(2, 3, 0),
    lambda: pow(2, -1, 4),
    lambda: pow(0, -1),
    lambda: pow(0.0, -1),
    lambda: pow(2),
    lambda: pow(1, 2, 3, 4),
    lambda: pow(2, exp=3, x=1),
    lambda: pow(2, 3, base=1),
    lambda: pow(2.0, 1e308),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: chr(2**70),
    lambda: chr(1.5),
    lambda: chr('a'),
    lambda: chr(),
    lambda: chr(i=1),
    lambda: ord(''),
    lambda: ord('ab'),
    lambda: ord(1),
    lambda: ord(),
    lambda: ord(c='a'),
    lambda: bin(1.5),
    lambda: bin(x=1),
    lambda: bin(),
    lambda: oct('a'),
    lambda: hex(1, 2),
    lambda: hex(x=1),
    lambda: ascii(),
    lambda: ascii(obj=1),
    lambda: isinstance(1, (str, 1)),
    lambda: isinstance(1, [int]),
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(chr(65), chr(233), chr(8364), chr(128512), repr(chr(0)), repr(chr(10)), chr(True))
print(ord('a'), ord('é'), ord('€'), ord('😀'), ord(chr(1000)))
print(bin(10), bin(-10), bin(0), bin(True), bin(2**70))
print(oct(8), oct(-8), oct(0), hex(255), hex(-255))
print(ascii('héllo'), ascii('日本😀'), ascii([1, 'é']), ascii(5), ascii('\n\x00'), ascii(None))

print(isinstance(1, (str, (int, float))), isinstance(1, (int, 1)), isinstance('x', ((), (str,))))
print(isinstance(True, int), isinstance(1, bool), isinstance([], (list,)), isinstance(1, ()))

# What each returns: a new object, or one CPython shares.
word = 'xa'
e = chr(8364)
print(sys.getrefcount(e), chr(8364) is chr(8364), chr(233) is chr(233), chr(97) is word[1])
b = bin(12345)
print(sys.getrefcount(b), bin(5) is bin(5))
big = pow(7, 30)
print(sys.getrefcount(big), pow(2, 5) is pow(2, 5), pow(2, 5, 1000) is pow(2, 5))
r = ascii(12345)
print(sys.getrefcount(r))
s = 'plain text'
print(ascii(s) == repr(s), sys.getrefcount(s))
n = ord('€')
print(sys.getrefcount(n))
