# json.loads: CPython's JSONDecodeError messages, positions and attributes for bad documents.
import json

docs = ['', '   ', '[1,]', '{"a": 1,}', '{a: 1}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"',
        '"\\u12"', '"\\u12zz"', '01', '1 2', '[', '{', '[1', '{"a": 1', '"a\tb"', 'nul', '-',
        '{"a":1}x', '\ufeff[]', '[1,\n 2,\n x]', 'tru', '1.', '.5', '1e', '"\x1f"', '{"a":}',
        '[1,,2]', '"\\', '"\\ud83d\\uzzzz"', '\n\n  ]']
for doc in docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc, e.args)

try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e), isinstance(e, ValueError), type(e).__name__)
    print(repr(e))
    print(e.__dict__)

print(json.decoder.JSONDecodeError is json.JSONDecodeError)
print(json.JSONDecodeError)
for bad in [1, None, [1], 2.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    json.loads()
except TypeError as e:
    print(e)
try:
    json.loads('1', '2')
except TypeError as e:
    print(e)
try:
    json.loads('1', foo=False)
except TypeError as e:
    print(e)
print(repr(json.loads('"a\tb"', strict=False)))
try:
    json.loads('"a\tb"', strict=True)
except ValueError as e:
    print(e)
