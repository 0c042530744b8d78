# json.dumps: default text, indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-3))
print(json.dumps([1.0, 1e16, 1e-7, 0.1, 123456789.125, -0.0, 10**20, 1e100]))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps('caf\u00e9 \u20ac \U0001F600 \x7f \x00 \n \t "q" \\ /'))
print(json.dumps('caf\u00e9 \u20ac \U0001F600 \x7f \x00', ensure_ascii=False))
print(json.dumps({'b': 1, 'a': [1, 2, (3, 4)], 'c': {}, 'd': [], 'e': ()}))
print(json.dumps({1.5: 'x', True: 'y', None: 'z', 10: 'w', False: 'v'}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({'a': {'b': [1, 2]}, 'c': []}, indent=4))
print(json.dumps({'a': {'b': [1, 2]}, 'c': {}}, indent='\t', sort_keys=True))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps([1, [2, 3]], indent=-2))
print(json.dumps([1, [2, 3]], indent=True))
print(json.dumps({'a': [1, 2]}, separators=(',', ':')))
print(json.dumps({'a': [1, 2]}, indent=2, separators=(', ', ' = ')))
print(json.dumps({'a': [1, 2]}, separators=[';', '=']))
print(json.dumps({'a': 1, (1, 2): 2, 'b': 3}, skipkeys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))

def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps([1, object()]))
attempt(lambda: json.dumps(float('nan'), allow_nan=False))
attempt(lambda: json.dumps({'x': [float('inf')]}, allow_nan=False))
attempt(lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True))
attempt(lambda: json.dumps())
attempt(lambda: json.dumps(1, 2))
attempt(lambda: json.dumps(1, foo=1))
loop = []
loop.append(loop)
attempt(lambda: json.dumps(loop))
d = {}
d['self'] = [d]
attempt(lambda: json.dumps(d, indent=2))
shared = [1]
print(json.dumps([shared, shared, {'s': shared}]))
attempt(lambda: json.dumps(10 ** 5000))
