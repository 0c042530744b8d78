# str methods that pad, cut and change case: results, errors, and which object each returns.
import sys

tests = [
    lambda: 'a'.center(),
    lambda: 'a'.center(5, 'xy'),
    lambda: 'a'.center(5, 1),
    lambda: 'a'.center('5'),
    lambda: 'a'.center(5, fillchar='x'),
    lambda: 'a'.ljust(1, 2, 3),
    lambda: 'a'.zfill(),
    lambda: 'a'.zfill('a'),
    lambda: 'a'.partition(''),
    lambda: 'a'.partition(1),
    lambda: 'a'.rpartition(None),
    lambda: 'a'.partition(),
    lambda: 'a'.splitlines(1.5),
    lambda: 'a'.splitlines('x'),
    lambda: 'a'.splitlines(x=1),
    lambda: 'a'.splitlines(1, 2),
    lambda: 'a\tb'.expandtabs('x'),
    lambda: 'a\tb'.expandtabs(1.0),
    lambda: 'a'.removeprefix(1),
    lambda: 'a'.removesuffix(),
    lambda: 'a'.removeprefix(prefix='a'),
    lambda: 'a'.title(1),
    lambda: 'a'.casefold(x=1),
    lambda: 'a'.istitle(1),
    lambda: 'a'.isidentifier(1),
    lambda: 'a'.isprintable(1),
    lambda: 'a'.capitalize(1),
    lambda: 'a'.swapcase(1),
    lambda: 'abc'.center(2**63),
    lambda: str.center(5, 10),
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for w in [-1, 0, 3, 4, 5, 6, 7]:
    print(repr('abc'.center(w)), repr('ab'.center(w, '*')), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w)))
print(repr(''.center(3, 'é')), repr('x'.center(4, '€')))
for s in ['42', '-42', '+7', '', 'abc', '-', '3.14']:
    print(repr(s.zfill(5)), repr(s.zfill(1)))

for s in ['key=value', 'no separator', '=start', 'end=', 'a=b=c', '']:
    print(s.partition('='), s.rpartition('='))
print('path/to/file.txt'.rpartition('/'), 'x→y'.partition('→'))

text = 'first\nsecond\r\nthird\rfourth\x0bfifth\x0c\x1c\x1d\x1e\x85\u2028\u2029last\n'
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'x'.splitlines(keepends=1))

print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tb\nc\td'.expandtabs(4)), repr('\t\t'.expandtabs(0)))
print(repr('12\t3\r4\t'.expandtabs(tabsize=3)), repr('x\t'.expandtabs(-2)))

for s in ['unittest_case', 'test_x', 'test']:
    print(s.removeprefix('test_'), s.removesuffix('_case'), s.removeprefix(''), s.removesuffix(s))

words = ['hello world', "they're bill's friends", 'HELLO wORLD', 'a1b2c3', 'émile zola', '', 'x-ray_vision 2go']
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), w.istitle(), w.title().istitle())
print('Straße'.casefold(), 'ÉCOLE'.casefold(), 'µ'.casefold(), 'ÀÉÎ'.casefold() == 'àéî')
for s in ['name', '_private', '2fast', 'with space', 'déjà', 'x1', '', 'class', 'a-b', 'π']:
    print(repr(s), s.isidentifier(), s.isprintable())
print('tab\there'.isprintable(), 'new\nline'.isprintable(), ''.isprintable(), '\x7f'.isprintable(), '\xa0'.isprintable())

# Which object each returns.
s = 'abcdef'
print(s.center(3) is s, s.ljust(6) is s, s.rjust(2) is s, s.zfill(6) is s)
print(s.removeprefix('x') is s, s.removesuffix('') is s, s.expandtabs() is s)
print(s.partition('x')[0] is s, s.rpartition('x')[2] is s, s.splitlines()[0] is s)
print(s.title() is s, s.casefold() is s, s.lower() is s, s.swapcase().swapcase() is s)
t = s.partition('c')
print(t, sys.getrefcount(t[0]) > 100, sys.getrefcount(t[2]))
sep = 'cd'
print(s.partition(sep)[1] is sep)
e = s.partition('x')
empty = ''
print(e[1] is e[2], e[1] is empty)
line = 'abcdef\n'
print(line.splitlines(True)[0] is line, line.splitlines()[0] is line)
one = 'q'
u = one.upper()
print(u, sys.getrefcount(u), one.upper() is one.upper(), ''.upper() is empty, ''.title() is empty)
padded = 'x'.center(9)
print(sys.getrefcount(padded), 'x'.center(1) is 'x'.center(1), ''.center(1) is ''.center(1))
