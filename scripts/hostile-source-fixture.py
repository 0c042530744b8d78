#!/usr/bin/env python3
"""Writes src/python/hostileSource.fixture.json: hostile source inputs and what python3 (3.11.7)
prints for each, as a file (`python3 case.py`) and as console input (compile() of a str, then
exec). src/python/hostileSource.test.ts runs every input through Heapscope's command line and
console and compares. Run it again after changing the table below:

    python3 scripts/hostile-source-fixture.py

Each case is a recipe, not the text itself (a 1 MB line stays one line here): `parts` is a list of
(text, count) pairs concatenated. With `raw=True` the text's characters are bytes (Latin-1), for
files that are not UTF-8. `refused` is Heapscope's own answer where it deliberately differs from
CPython (a NotSupported refusal); CPython's output is still recorded beside it.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

if sys.version_info[:3] != (3, 11, 7):
    sys.exit('hostile-source-fixture.py needs python3 3.11.7, the reference')

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'python', 'hostileSource.fixture.json')

CASES = []


def case(name, kind, *parts, raw=False, console=True, file=True, refused=None, console_refused=None):
    norm = [p if isinstance(p, tuple) else (p, 1) for p in parts]
    CASES.append(dict(name=name, kind=kind, parts=norm, raw=raw, console=console, file=file,
                      refused=refused, console_refused=console_refused or refused))


def nested(n, opener, inner, closer):
    return [(opener, n), (inner, 1), (closer, n)]


REFUSE_DEPTH = 'NotSupported: nesting deeper than 1,000 levels is not supported by Heapscope (line {})'

# ---- strings and indentation: lines inside a string are not code ----
case('triple-quoted string with an indented line', 'strings', 'x = """a\n    b"""\nprint(x)\n')
case('docstring in a function', 'strings',
     'def f():\n    """Sum.\n\n    Returns one.\n    """\n    return 1\nprint(f())\n')
case('docstring in a class', 'strings',
     'class C:\n    """A class.\n\n        Indented more.\n    """\n    x = 1\nprint(C.x)\n')
case('docstring less indented than its code', 'strings',
     'def f():\n    """doc\nback at column 0\n  two"""\n    return 2\nprint(f())\n')
case('triple-quoted string inside brackets', 'strings', 'x = ("""a\n  b""",\n      2)\nprint(x)\n')
case('string holding code-like lines', 'strings',
     's = """\nif x\n    pass\n  ) ] }\n"""\nprint(len(s))\n')
case('quote in a comment', 'strings', "x = 1  # it's\nprint(x)\n")
case('hash in a string', 'strings', 'x = "# no comment"\nprint(x)\n')
case('backslash-newline in a string', 'strings', 'x = "a\\\nb"\nprint(x)\n')
case('unterminated string', 'strings', 'x = "abc\nprint(x)\n')
case('unterminated string at the end', 'strings', 'print(1)\nx = "abc')
case('unterminated triple-quoted string', 'strings', 'print(1)\nx = """abc\n\ny = 2\n')
case('unterminated f-string', 'strings', 'x = f"{1}\n')
case('unterminated string after a backslash', 'strings', 'x = "a\\')
case('string prefix then unterminated', 'strings', 'x = rb"abc\n')

# ---- odd whitespace ----
case('UTF-8 byte order mark', 'whitespace', '\ufeffprint("bom")\n',
     console_refused=None)
case('form feed at the start of a line', 'whitespace', 'x = 1\n\fprint(x)\n')
case('form feed inside a block', 'whitespace', 'if 1:\n    x = 1\n\f    print(x)\n')
case('form feed after indentation', 'whitespace', 'if 1:\n    x = 2\n    \fprint(x)\n')
case('form feed resets the column', 'whitespace', 'if 1:\n    x = 3\n  \f    print(x)\n')
case('form feed alone on a line', 'whitespace', 'x = 4\n\f\nprint(x)\n')
case('form feed between tokens', 'whitespace', 'x =\f5\nprint(x)\n')
case('CRLF line endings', 'whitespace', 'x = 6\r\nif x:\r\n    print(x)\r\n')
case('CR line endings', 'whitespace', 'x = 7\rprint(x)\r')
case('tab indentation', 'whitespace', 'if 1:\n\tx = 8\n\tprint(x)\n')
case('tabs then spaces', 'whitespace', 'if True:\n\tx = 1\n        y = 2\n')
case('spaces then tabs', 'whitespace', 'if True:\n        x = 1\n\ty = 2\n')
case('vertical tab', 'whitespace', 'x = 1\v\n')
case('vertical tab at line start', 'whitespace', '\vx = 1\n')
case('no-break space', 'whitespace', 'x\u00a0= 1\n')
case('zero-width space in a name', 'whitespace', 'ab\u200bc = 1\n')
case('byte order mark in the middle', 'whitespace', 'x = 1\n\ufeffy = 2\n')
case('unexpected indent', 'whitespace', 'x = 1\n    y = 2\n')
case('unexpected indent after a one-line if', 'whitespace', 'if 1: pass\n    y = 1\n')
case('unindent does not match', 'whitespace', 'if 1:\n    y = 1\n  z = 2\n')
case('expected an indented block', 'whitespace', 'if 1:\nprint(1)\n')
case('expected an indented block at the end', 'whitespace', 'def f():\n')
case('expected an indented block after a comment', 'whitespace', 'for x in []:\n    # c\n\n')
case('99 nested blocks', 'nesting',
     *[(' ' * i + 'if True:\n', 1) for i in range(99)], (' ' * 99 + 'print("deep")\n', 1))
case('100 nested blocks', 'nesting',
     *[(' ' * i + 'if True:\n', 1) for i in range(100)], (' ' * 100 + 'print("deep")\n', 1))

# ---- names: NFKC, invalid characters ----
case('full-width letter is ASCII', 'names', '\uff21 = 1\nprint(A)\n')
case('ligature normalises', 'names', '\ufb01 = 2\nprint(fi)\n')
case('full-width keyword letters are a name', 'names', '\uff49\uff46 = 3\nprint(\uff49\uff46)\n')
case('normalised attribute and keyword argument', 'names',
     'class C:\n    pass\nc = C()\nc.\uff42 = 4\nprint(c.b)\ndef f(x):\n    return x\nprint(f(\uff58=5))\n')
case('right-to-left override in a name', 'names', 'a\u202eb = 1\n')
case('euro sign in a name', 'names', 'x\u20ac = 1\n')
case('control character', 'names', 'x = \x01\n')
case('delete character', 'names', 'x = 1\x7f\n')
case('dollar', 'stray', 'x = $\n')
case('question mark', 'stray', 'x = 1 ?\n')
case('backtick', 'stray', 'x = `1`\n')
case('exclamation mark', 'stray', 'x = !\n')
case('stray character then a later unclosed bracket', 'stray', 'x = $\ny = (1,\n')
case('backslash followed by a space', 'stray', 'x = 1 + \\ 2\n')
case('backslash at the end', 'stray', 'x = 1 + \\\n')

# ---- bidirectional controls (Trojan Source): CPython runs them, Heapscope refuses ----
case('right-to-left override in a string', 'bidi', 'x = "a\u202eb"\nprint(len(x))\n',
     refused='NotSupported: the bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE) in a string is not supported by Heapscope (line 1)')
case('isolate in a comment', 'bidi', 'x = 1  # \u2066 admin \u2069\nprint(x)\n',
     refused='NotSupported: the bidirectional control character U+2066 (LEFT-TO-RIGHT ISOLATE) in a comment is not supported by Heapscope (line 1)')
case('Arabic letter mark in a string', 'bidi', 'print(1)\ns = "\u061c"\n',
     refused='NotSupported: the bidirectional control character U+061C (ARABIC LETTER MARK) in a string is not supported by Heapscope (line 2)')
case('right-to-left mark in a docstring', 'bidi', 'def f():\n    """\u200f"""\n',
     refused='NotSupported: the bidirectional control character U+200F (RIGHT-TO-LEFT MARK) in a string is not supported by Heapscope (line 2)')

# ---- NUL, encodings, surrogates ----
case('NUL in a string', 'bytes', 'x = "a\x00b"\nprint(x)\n')
case('NUL in a comment', 'bytes', 'print(1)\nx = 1 # a\x00b\n')
case('NUL alone on a line', 'bytes', 'print(1)\n\x00\n')
case('NUL after a syntax error', 'bytes', 'x = $\ny = "\x00"\n')
case('invalid UTF-8 in a string', 'bytes', 'print(1)\nx = "\xff"\n', raw=True, console=False)
case('invalid UTF-8 in a comment', 'bytes', 'x = 1 # \xc3\n', raw=True, console=False)
case('truncated UTF-8 at the end', 'bytes', 'x = 1 # \xe2\x82', raw=True, console=False)
case('UTF-8 encoded surrogate', 'bytes', 'x = "\xed\xa0\x80"\n', raw=True, console=False)
case('overlong UTF-8', 'bytes', 'x = "\xc0\x80"\n', raw=True, console=False)
case('UTF-8 past U+10FFFF', 'bytes', 'x = "\xf4\x90\x80\x80"\n', raw=True, console=False)
case('invalid UTF-8 before a NUL', 'bytes', 'x = "\xff\x00"\n', raw=True, console=False)
case('NUL before invalid UTF-8', 'bytes', 'x = "\x00\xff"\n', raw=True, console=False)
case('BOM then invalid UTF-8 in a comment', 'bytes', '\xef\xbb\xbfx = 1 # \xe9\nprint(x)\n',
     raw=True, console=False)
case('BOM then invalid UTF-8 in a string', 'bytes', '\xef\xbb\xbfx = "\xc3\xa9\xff"\n', raw=True,
     console=False)
case('BOM then truncated UTF-8 in a string', 'bytes', '\xef\xbb\xbfx = "\xe9"\n', raw=True,
     console=False)
case('BOM then invalid UTF-8 in a name', 'bytes', '\xef\xbb\xbfx\xff = 1\n', raw=True, console=False)
case('BOM then invalid UTF-8 alone', 'bytes', '\xef\xbb\xbfx = 1 + \xff\n', raw=True, console=False)
case('coding utf-8 then invalid UTF-8 in a string', 'bytes', '# coding: utf-8\nx = "a\xffb"\n',
     raw=True, console=False)
case('coding latin-1', 'bytes', '# -*- coding: latin-1 -*-\nprint("\xe9")\n', raw=True, console=False)
case('coding latin-1 on line 2', 'bytes', '#!/usr/bin/env python3\n# coding: latin-1\nprint("\xe9")\n',
     raw=True, console=False)
case('coding on line 2 after code is ignored', 'bytes', 'print(1)\n# coding: latin-1\nprint("\xe9")\n',
     raw=True, console=False)
case('coding ascii with a non-ASCII byte', 'bytes', '# coding: ascii\nprint("\xe9")\n', raw=True,
     console=False)
case('coding utf8 alias with a bad byte', 'bytes', '# coding: utf8\nprint("\xff")\n', raw=True,
     console=False)
case('BOM with coding latin-1', 'bytes', '\xef\xbb\xbf# coding: latin-1\nprint(1)\n', raw=True,
     console=False)
case('two byte order marks', 'bytes', '\xef\xbb\xbf\xef\xbb\xbfprint(4)\n', raw=True, console=False)
case('unknown coding', 'bytes', '# coding: cp1252\nprint(1)\n', raw=True, console=False,
     refused="NotSupported: source encoding 'cp1252' is not supported by Heapscope (line 1)")
case('lone surrogate in a string', 'bytes', 'x = "\ud800"\n', file=False)
case('lone surrogate in a name', 'bytes', 'x\udc00 = 1\n', file=False)

# ---- brackets ----
case('unmatched closing bracket', 'brackets', 'x = )\n')
case('mismatched brackets', 'brackets', 'x = [1, 2)\n')
case('mismatched brackets across lines', 'brackets', 'x = [1,\n2)\n')
case('bracket never closed', 'brackets', 'x = (1, [2,\n')
case('bracket never closed before more code', 'brackets', 'x = (1,\ny = 2\n')
case('200 nested brackets', 'nesting', 'x = ', *nested(200, '(', '1', ')'), '\nprint(x)\n')
case('201 nested brackets', 'nesting', 'x = ', *nested(201, '(', '1', ')'), '\n')
case('1,500 nested brackets', 'nesting', 'x = ', *nested(1500, '(', '1', ')'), '\n')
case('10,000 nested brackets', 'nesting', 'x = ', *nested(10000, '[', '', ']'), '\n')
case('100,000 open brackets', 'nesting', 'x = ', ('{', 100000), '\n')

# ---- deep nesting without brackets ----
case('1,000 unary minus signs', 'nesting', 'x = ', ('-', 998), '1\nprint(x)\n')
case('1,500 unary minus signs', 'nesting', 'x = ', ('-', 1500), '1\nprint(x)\n',
     refused=REFUSE_DEPTH.format(1))
case('2,998 unary minus signs', 'nesting', 'x = ', ('-', 2998), '1\nprint(x)\n',
     refused=REFUSE_DEPTH.format(1))
case('2,999 unary minus signs', 'nesting', 'x = ', ('-', 2999), '1\nprint(x)\n')
case('5,967 unary minus signs', 'nesting', 'x = ', ('-', 5967), '1\n')
case('5,968 unary minus signs', 'nesting', 'x = ', ('-', 5968), '1\n')
case('100,000 unary minus signs', 'nesting', 'x = ', ('- ', 100000), '1\n')
case('100,000 nots', 'nesting', 'x = 1\ny = ', ('not ', 100000), 'x\n')
case('3,500 nots', 'nesting', 'x = 1\ny = ', ('not ', 3500), 'x\n')
case('100,000 conditional expressions', 'nesting', 'a = b = 1\nx = ', ('a if b else ', 100000), 'a\n')
case('3,000 conditional expressions', 'nesting', 'a = b = 1\nx = ', ('a if b else ', 3000), 'a\n')
case('1+1+...+1 with 100,000 terms', 'nesting', 'x = 1', ('+1', 99999), '\nprint(x)\n')
case('1+1+...+1 with 3,000 terms', 'nesting', 'x = 1', ('+1', 2999), '\nprint(x)\n')
case('3,000 powers', 'nesting', 'x = 1', ('**1', 2999), '\n')
case('3,000 lambdas', 'nesting', 'x = ', ('lambda: ', 3000), '1\n')
case('3,000 attributes', 'nesting', 'x = 1\ny = x', ('.real', 3000), '\n')
case('3,000 calls', 'nesting', 'def f():\n    return f\ny = f', ('()', 3000), '\n')
case('unary minus in a function body', 'nesting', 'def f():\n    return ', ('-', 2998), '1\n')
case('5,000 ands', 'nesting', 'x = 1', (' and 1', 4999), '\nprint(x)\n',
     refused="NotSupported: a statement of 29,999 characters that Heapscope's parser cannot read is not supported by Heapscope (line 1)")

# ---- huge literals and lines ----
case('integer literal of 5,000 digits', 'literals', 'x = ', ('1', 5000), '\n')
case('integer literal of 4,300 digits', 'literals', 'x = ', ('1', 4300), '\nprint(x % 7)\n')
case('hexadecimal literal of 20,000 digits', 'literals', 'x = 0x', ('f', 20000), '\nprint(x % 7)\n')
case('float literal past the largest float', 'literals', 'x = 1e999999\nprint(x)\n')
case('1 MB string literal', 'literals', 'x = "', ('a', 1 << 20), '"\nprint(len(x))\n')
case('1 MB comment line', 'literals', '# ', ('c', 1 << 20), '\nprint("after")\n')
case('1 MB line of additions', 'literals', 'x = 1', ('+1', 1 << 19), '\n')
case('1 MB line of names', 'literals', 'x = 1\ny = [', ('x,', 1 << 19), ']\nprint(len(y))\n')
case('str of a 5,000-digit int', 'literals', 'x = 10 ** 5000\nprint(len(str(x)))\n')
case('int of a 5,000-digit str', 'literals', 'x = int("1" * 5000)\n')

# ---- CPython's wording for common syntax errors ----
for header in ['if x', 'while x', 'def f()', 'class C', 'for x in y', 'with x',
               'async def f()', 'match x']:
    case(f"'{header}' without a colon", 'syntax', f'{header}\n    pass\n')
case("'else' without a colon", 'syntax', 'if 1:\n    pass\nelse\n    pass\n')
case("'elif' without a colon", 'syntax', 'if 1:\n    pass\nelif 2\n    pass\n')
case("'try' without a colon", 'syntax', 'try\n    pass\nexcept:\n    pass\n')
case("'except' without a colon", 'syntax', 'try:\n    pass\nexcept ValueError\n    pass\n')
case("'finally' without a colon", 'syntax', 'try:\n    pass\nfinally\n    pass\n')
case("'else if'", 'syntax', 'if 1:\n    pass\nelse if 2:\n    pass\n')
case("'else' alone", 'syntax', 'else:\n    pass\n')
case('two names', 'syntax', 'x y\n')
case('missing comma in a call', 'syntax', 'print(1, 2 3)\n')
case('missing comma between strings and a name', 'syntax', 'print("a" "b" c)\n')
case('missing comma in a dict', 'syntax', 'x = {1: 2 3: 4}\n')
case('missing comma across lines', 'syntax', 'f(a\n  b)\n')
case('missing comma after a subscript', 'syntax', 'f(a[0] b)\n')
case('name then string in brackets', 'syntax', 'f(u "x")\n')
case('soft keyword then a name in brackets', 'syntax', 'f(match x)\n')
case('print without parentheses in brackets', 'syntax', 'f(print x)\n')
case("conditional expression without 'else'", 'syntax', 'a = 1 if b\n')
case("conditional expression without 'else' in a call", 'syntax', 'f(a if b c)\n')
case("def without '('", 'syntax', 'def f x():\n    pass\n')
case("try without except", 'syntax', 'try:\n    pass\nx = 1\n')
case("try without except at the end", 'syntax', 'try:\n    pass\n')
case("nested try without except", 'syntax', 'if 1:\n    try:\n        pass\n    y = 2\n')
case('missing comma inside an unclosed bracket', 'syntax', 'print("a" hello\n')
case('missing comma on a later line of an unclosed bracket', 'syntax', 'x = [1,\n(2 3)\n')
case('stray character in an unclosed bracket', 'syntax', 'f(1, 2)\nx = [$\n')
case('print statement', 'syntax', 'print "a"\n')
case('invalid decimal literal', 'syntax', 'x = 1abc\n')
case('leading zeros', 'syntax', 'x = 0777\n')
case('invalid hexadecimal literal', 'syntax', 'x = 0xg\n')
case('invalid digit in a binary literal', 'syntax', 'x = 0b102\n')
case('invalid digit in an octal literal', 'syntax', 'x = 0o8\n')
case('trailing underscore', 'syntax', 'x = 1_\n')
case("'yield' outside a function", 'syntax', 'x = yield 1\n')
case("'await' outside a function", 'syntax', 'await x\n')
case("'async for' outside an async function", 'syntax', 'async for x in y:\n    pass\n')
case('Python 3.12 type statement', 'syntax', 'type X = int\n')
case('global after an assignment', 'syntax', 'def f():\n    x = 1\n    global x\n')
case('global after a use', 'syntax', 'x = 1\nprint(x)\nglobal x\n')
case('global of a parameter', 'syntax', 'def f(x):\n    if x:\n        global x\n')
case('global after an attribute assignment', 'syntax', 'class C:\n    x.y = 1\n    global x\n')
case('global of an annotated name', 'syntax', 'def f():\n    x: int\n    global x\n')
case('global before its assignments', 'syntax',
     'def f():\n    global x\n    x = 2\nclass C:\n    global y\n    y = 3\nf()\nprint(x, y)\n')
case('match as a name', 'syntax', 'match = 1\nprint(match)\nmatch(1) if False else None\n')

# ---- valid Python Heapscope does not run: refused, naming the construct ----
case('async def', 'unsupported', 'async def f():\n    pass\nprint(1)\n',
     refused="NotSupported: 'async def' is not supported by Heapscope (line 1)")
case('match statement', 'unsupported', 'match 1:\n    case 1:\n        print(1)\n',
     refused="NotSupported: the 'match' statement is not supported by Heapscope (line 1)")
case('yield in a lambda', 'unsupported', 'f = lambda: (yield 1)\nprint(1)\n',
     refused="NotSupported: 'yield' in a lambda is not supported by Heapscope (line 1)")
case('walrus', 'unsupported', 'print((y := 1))\n',
     refused="NotSupported: the ':=' operator is not supported by Heapscope (line 1)")

# ---- results CPython computes differently from a naive evaluator ----
case('__hash__ that raises', 'runtime',
     'class H:\n    def __hash__(self):\n        raise ValueError("no hash")\nd = {H(): 1}\n')
case('global in a class body', 'runtime', 'class C:\n    global gx\n    gx = 5\nprint(gx)\n')
case('float power overflow', 'runtime', 'print(2.0 ** 10000)\n')
case('len of a huge range', 'runtime', 'print(len(range(10 ** 30)))\n')
case('with statement', 'runtime', 'print(1)\nwith x:\n    pass\n')
case('list repeated past an index', 'runtime', 'x = [0] * (10 ** 30)\n')
case('str repeated past an index', 'runtime', "x = 'a' * 10 ** 20\n")
case('index past an index', 'runtime', 'x = [1, 2][10 ** 30]\n')


def expand(c):
    text = ''.join(t * n for t, n in c['parts'])
    return text


CONSOLE = r'''
import io, json, sys, traceback, contextlib
src = json.loads(sys.stdin.read())
out = io.StringIO()
where = None
try:
    code = compile(src, '<console>', 'exec')
    with contextlib.redirect_stdout(out):
        exec(code, {'__name__': '__main__'})
    last = None
    where = None
except BaseException as e:
    last = traceback.format_exception_only(type(e), e)[-1].rstrip('\n')
    where = [e.lineno, e.offset] if isinstance(e, SyntaxError) else None
print(json.dumps({'last': last, 'where': where}))
'''


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else None


def run_file(data):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'case.py'), 'wb') as f:
            f.write(data)
        r = subprocess.run([sys.executable, 'case.py'], cwd=d, capture_output=True,
                           env={**os.environ, 'PYTHONHASHSEED': '0'}, timeout=120)
    # python3 names the script by its absolute path; Heapscope's test runs it as 'case.py'.
    stderr = r.stderr.decode('utf-8', 'replace').replace(os.path.join(d, ''), '')
    lines = re.findall(r'^  File "case\.py", line (\d+)', stderr, re.M)
    stdout = r.stdout.decode('utf-8', 'replace')
    return dict(status=r.returncode, last=last_line(stderr), line=int(lines[-1]) if lines else None,
                stdout=stdout if len(stdout) < 2000 else None)


def run_console(text):
    r = subprocess.run([sys.executable, '-c', CONSOLE], input=json.dumps(text).encode(),
                       capture_output=True, timeout=120)
    if r.returncode != 0:
        return dict(last=last_line(r.stderr.decode('utf-8', 'replace')))
    return json.loads(r.stdout)


def main():
    fixture = []
    for c in CASES:
        text = expand(c)
        entry = dict(name=c['name'], kind=c['kind'], parts=c['parts'], raw=c['raw'])
        if c['file']:
            data = text.encode('latin-1') if c['raw'] else text.encode('utf-8')
            entry['python'] = run_file(data)
        if c['console']:
            entry['console'] = run_console(text)
        if c['refused']:
            entry['refused'] = c['refused']
        if c['console_refused'] and c['console']:
            entry['consoleRefused'] = c['console_refused']
        fixture.append(entry)
        print(f"{c['name']}: {entry.get('python', {}).get('last')} | {entry.get('console', {}).get('last')}")
    with open(OUT, 'w') as f:
        json.dump(fixture, f, ensure_ascii=True, indent=2)
        f.write('\n')
    subprocess.run(['npx', 'prettier', '--write', OUT], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    print(f'{len(fixture)} cases written to {os.path.relpath(OUT, ROOT)}')


main()
