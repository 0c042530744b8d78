# Formatting a small report, as string-method tutorials do it.
config = """
# settings
name = ada lovelace
role=analyst
  city =  london
empty =
"""

settings = {}
for line in config.splitlines():
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    key, sep, value = line.partition('=')
    settings[key.strip()] = value.strip()
print(settings)

print('=' * 30)
print('REPORT'.center(30))
print('=' * 30)
for key, value in settings.items():
    print(key.ljust(10, '.') + value.title().rjust(20))
print('-' * 30)

for n in [7, 42, 123]:
    print('Invoice #' + str(n).zfill(5))

files = ['test_memory.py', 'test_gc.py', 'notes.txt', 'test_refs.py']
for f in files:
    if f.startswith('test_'):
        print(f.removeprefix('test_').removesuffix('.py').capitalize())

poem = "roses are red\r\nviolets are blue\r\n"
lines = poem.splitlines()
print(len(lines), [l.title() for l in lines])
print(poem.splitlines(keepends=True))
print('Name\tAge\tCity'.expandtabs(12))
print('ada\t36\tLondon'.expandtabs(12))
print('Hello World'.swapcase(), 'ÉCOLE'.casefold(), 'Python Is Fun'.istitle())
print([w for w in ['total', '2nd', 'my_var', 'for'] if w.isidentifier()])
