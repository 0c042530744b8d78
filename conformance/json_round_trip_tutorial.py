# A tutorial-style round trip: settings saved as JSON text and read back are new objects,
# equal to the old ones but not the same; the text holds no references at all.
import json
import sys

settings = {
    'user': 'ada',
    'theme': {'dark': True, 'font_size': 14.5},
    'recent': ['a.py', 'b.py', 'notes.txt'],
    'limits': None,
}
text = json.dumps(settings, indent=2, sort_keys=True)
print(text)
print(type(text).__name__, len(text))

restored = json.loads(text)
print(restored == settings, restored is settings)
print(restored['recent'] == settings['recent'], restored['recent'] is settings['recent'])
print(sys.getrefcount(settings['theme']), sys.getrefcount(restored['theme']))

theme = restored['theme']
print(sys.getrefcount(theme))
del restored
print(sys.getrefcount(theme), theme)

compact = json.dumps(settings, separators=(',', ':'))
print(compact)
print(json.loads(compact) == settings)

records = [{'id': i, 'score': i * 1.5, 'ok': i % 2 == 0} for i in range(3)]
line = json.dumps(records)
print(line)
back = json.loads(line)
for r in back:
    print(r['id'], r['score'], r['ok'])

# Tuples become lists: a round trip is not always the identity.
point = {'xy': (1, 2)}
print(json.loads(json.dumps(point)))

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

n = Node('n1')
try:
    json.dumps({'node': n})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({'node': n.__dict__}))
del n
print('end')
