# json.loads of plain data: the values, their types, escapes, and the objects it makes.
import json
import sys

for doc in ['null', 'true', 'false', '0', '-0', '-0.0', '42', '-17', '1.5E3', '1e-7', '2.50',
            '123456789012345678901234567890', 'NaN', 'Infinity', '-Infinity', '1e400',
            '"plain"', '""', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"\\u00e9\\u20ac"',
            '"\\ud83d\\ude00"', '"\\u0041\\u0042"', '"caf\u00e9"', '"\x7f"',
            '[]', '{}', '[1, [2, [3, []]]]', ' {"x" : 1 , "y":[true,null] } ',
            '{"a": 1, "a": 2}', '[1.0, 2, "3"]', '{"": 0}']:
    v = json.loads(doc)
    print(repr(doc), '->', repr(v), type(v).__name__)

# A key seen twice is one str object (the decoder's memo); values are new objects.
data = json.loads('[{"name": "ann", "tags": []}, {"name": "bob", "tags": []}]')
k1 = list(data[0].keys())[0]
k2 = list(data[1].keys())[0]
print(k1 is k2, data[0]['tags'] is data[1]['tags'])
print(sys.getrefcount(data), sys.getrefcount(data[0]), sys.getrefcount(data[0]['tags']))
first = data[0]
del data
print(first, sys.getrefcount(first))
big = json.loads('[100000, 100000, 2.5]')
print(big[0] is big[1], big, sys.getrefcount(big[2]))
