# Deep nesting: json.loads, json.dumps and pprint.pformat stop with RecursionError as CPython does.
import json
import pprint

try:
    json.loads('[' * 5000 + ']' * 5000)
except RecursionError as e:
    print(e)
a = []
for i in range(5000):
    a = [a]
try:
    json.dumps(a)
except RecursionError as e:
    print(e)
try:
    json.dumps(a, indent=1)
except RecursionError as e:
    print(type(e).__name__)
try:
    pprint.pformat(a)
except RecursionError as e:
    print(e)
b = []
for i in range(50):
    b = [b]
print(len(json.dumps(b)), len(pprint.pformat(b)), json.loads(json.dumps(b)) == b)
print('end')
