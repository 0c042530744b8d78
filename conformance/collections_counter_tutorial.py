# A tutorial-style leak hunt: count the objects a "cache" holds by type with a Counter, before
# and after clearing it, the way leak-hunting posts tally gc.get_referents by type name.
from collections import Counter
import gc

class Session:
    def __init__(self, user):
        self.user = user
    def __del__(self):
        print('  closed', self.user)

cache = {'sessions': [Session(u) for u in ['ann', 'bob', 'cy']], 'ids': list(range(3)),
         'names': ['ann', 'bob', 'cy'], 'meta': {'size': 3}}

def census(container):
    tally = Counter()
    for part in gc.get_referents(container):
        for obj in gc.get_referents(part):
            tally[type(obj).__name__] += 1
    return tally

before = census(cache)
print(before)
print(before.most_common(1), before.total())
cache['sessions'].clear()
after = census(cache)
print(after)
print(after == before, after['Session'], 'Session' in after)
growth = Counter(before)
growth.subtract(after)
print(growth)
print('end')
