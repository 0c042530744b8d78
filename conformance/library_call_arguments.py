# The methods of collections' and weakref's types and of gc, sys, copy, functools and json
# called with a keyword they do not take and with one positional argument too many: CPython's
# TypeError, never a silent success. (Generated like builtin_call_arguments.py.)
import collections, weakref, gc, sys, copy, functools, json
class W:
    pass
w = W()
w2 = W()
try:
    r = collections.deque([1, 2, 3]).append('ab', zz=1)
    print("collections.deque([1, 2, 3]).append('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).append('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).append('ab', 1, 2, 3, 4)
    print("collections.deque([1, 2, 3]).append('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).append('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).appendleft('ab', zz=1)
    print("collections.deque([1, 2, 3]).appendleft('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).appendleft('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).appendleft('ab', 1, 2, 3, 4)
    print("collections.deque([1, 2, 3]).appendleft('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).appendleft('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).clear(zz=1)
    print('collections.deque([1, 2, 3]).clear(zz=1)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).clear(zz=1)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).clear(1, 2, 3, 4)
    print('collections.deque([1, 2, 3]).clear(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).clear(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).copy(zz=1)
    print('collections.deque([1, 2, 3]).copy(zz=1)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).copy(zz=1)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).copy(1, 2, 3, 4)
    print('collections.deque([1, 2, 3]).copy(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).copy(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).count('ab', zz=1)
    print("collections.deque([1, 2, 3]).count('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).count('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).count('ab', 1, 2, 3, 4)
    print("collections.deque([1, 2, 3]).count('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).count('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).extend('ab', zz=1)
    print("collections.deque([1, 2, 3]).extend('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).extend('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).extend('ab', 1, 2, 3, 4)
    print("collections.deque([1, 2, 3]).extend('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).extend('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).extendleft('ab', zz=1)
    print("collections.deque([1, 2, 3]).extendleft('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).extendleft('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).extendleft('ab', 1, 2, 3, 4)
    print("collections.deque([1, 2, 3]).extendleft('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).extendleft('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).index(2, zz=1)
    print('collections.deque([1, 2, 3]).index(2, zz=1)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).index(2, zz=1)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).insert(2, 'ab', zz=1)
    print("collections.deque([1, 2, 3]).insert(2, 'ab', zz=1)", 'ok')
except Exception as e:
    print("collections.deque([1, 2, 3]).insert(2, 'ab', zz=1)", type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).pop(zz=1)
    print('collections.deque([1, 2, 3]).pop(zz=1)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).pop(zz=1)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).pop(1, 2, 3, 4)
    print('collections.deque([1, 2, 3]).pop(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).pop(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).popleft(zz=1)
    print('collections.deque([1, 2, 3]).popleft(zz=1)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).popleft(zz=1)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).popleft(1, 2, 3, 4)
    print('collections.deque([1, 2, 3]).popleft(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).popleft(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).remove(2, zz=1)
    print('collections.deque([1, 2, 3]).remove(2, zz=1)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).remove(2, zz=1)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).remove(2, 1, 2, 3, 4)
    print('collections.deque([1, 2, 3]).remove(2, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).remove(2, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).reverse(zz=1)
    print('collections.deque([1, 2, 3]).reverse(zz=1)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).reverse(zz=1)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).reverse(1, 2, 3, 4)
    print('collections.deque([1, 2, 3]).reverse(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).reverse(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.deque([1, 2, 3]).rotate(zz=1)
    print('collections.deque([1, 2, 3]).rotate(zz=1)', 'ok')
except Exception as e:
    print('collections.deque([1, 2, 3]).rotate(zz=1)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).clear(zz=1)
    print('collections.defaultdict(list, {1: [2]}).clear(zz=1)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).clear(zz=1)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).clear(1, 2, 3, 4)
    print('collections.defaultdict(list, {1: [2]}).clear(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).clear(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).copy(zz=1)
    print('collections.defaultdict(list, {1: [2]}).copy(zz=1)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).copy(zz=1)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).copy(1, 2, 3, 4)
    print('collections.defaultdict(list, {1: [2]}).copy(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).copy(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).get('ab', zz=1)
    print("collections.defaultdict(list, {1: [2]}).get('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.defaultdict(list, {1: [2]}).get('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).get('ab', 1, 2, 3, 4)
    print("collections.defaultdict(list, {1: [2]}).get('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.defaultdict(list, {1: [2]}).get('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).items(zz=1)
    print('collections.defaultdict(list, {1: [2]}).items(zz=1)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).items(zz=1)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).items(1, 2, 3, 4)
    print('collections.defaultdict(list, {1: [2]}).items(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).items(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).keys(zz=1)
    print('collections.defaultdict(list, {1: [2]}).keys(zz=1)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).keys(zz=1)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).keys(1, 2, 3, 4)
    print('collections.defaultdict(list, {1: [2]}).keys(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).keys(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).pop('ab', 'ab', zz=1)
    print("collections.defaultdict(list, {1: [2]}).pop('ab', 'ab', zz=1)", 'ok')
except Exception as e:
    print("collections.defaultdict(list, {1: [2]}).pop('ab', 'ab', zz=1)", type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).pop('ab', 'ab', 1, 2, 3, 4)
    print("collections.defaultdict(list, {1: [2]}).pop('ab', 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.defaultdict(list, {1: [2]}).pop('ab', 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).popitem(zz=1)
    print('collections.defaultdict(list, {1: [2]}).popitem(zz=1)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).popitem(zz=1)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).popitem(1, 2, 3, 4)
    print('collections.defaultdict(list, {1: [2]}).popitem(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).popitem(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).setdefault('ab', zz=1)
    print("collections.defaultdict(list, {1: [2]}).setdefault('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.defaultdict(list, {1: [2]}).setdefault('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).setdefault('ab', 1, 2, 3, 4)
    print("collections.defaultdict(list, {1: [2]}).setdefault('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.defaultdict(list, {1: [2]}).setdefault('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).update(zz=1)
    print('collections.defaultdict(list, {1: [2]}).update(zz=1)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).update(zz=1)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).update(1, 2, 3, 4)
    print('collections.defaultdict(list, {1: [2]}).update(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).update(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).values(zz=1)
    print('collections.defaultdict(list, {1: [2]}).values(zz=1)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).values(zz=1)', type(e).__name__, e)
try:
    r = collections.defaultdict(list, {1: [2]}).values(1, 2, 3, 4)
    print('collections.defaultdict(list, {1: [2]}).values(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.defaultdict(list, {1: [2]}).values(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).clear(zz=1)
    print('collections.OrderedDict([(1, 2), (3, 4)]).clear(zz=1)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).clear(zz=1)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).clear(1, 2, 3, 4)
    print('collections.OrderedDict([(1, 2), (3, 4)]).clear(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).clear(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).copy(zz=1)
    print('collections.OrderedDict([(1, 2), (3, 4)]).copy(zz=1)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).copy(zz=1)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).copy(1, 2, 3, 4)
    print('collections.OrderedDict([(1, 2), (3, 4)]).copy(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).copy(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).get('ab', zz=1)
    print("collections.OrderedDict([(1, 2), (3, 4)]).get('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.OrderedDict([(1, 2), (3, 4)]).get('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).get('ab', 1, 2, 3, 4)
    print("collections.OrderedDict([(1, 2), (3, 4)]).get('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.OrderedDict([(1, 2), (3, 4)]).get('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).items(zz=1)
    print('collections.OrderedDict([(1, 2), (3, 4)]).items(zz=1)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).items(zz=1)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).items(1, 2, 3, 4)
    print('collections.OrderedDict([(1, 2), (3, 4)]).items(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).items(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).keys(zz=1)
    print('collections.OrderedDict([(1, 2), (3, 4)]).keys(zz=1)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).keys(zz=1)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).keys(1, 2, 3, 4)
    print('collections.OrderedDict([(1, 2), (3, 4)]).keys(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).keys(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).popitem(1, 2, 3, 4)
    print('collections.OrderedDict([(1, 2), (3, 4)]).popitem(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).popitem(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).update(zz=1)
    print('collections.OrderedDict([(1, 2), (3, 4)]).update(zz=1)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).update(zz=1)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).values(zz=1)
    print('collections.OrderedDict([(1, 2), (3, 4)]).values(zz=1)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).values(zz=1)', type(e).__name__, e)
try:
    r = collections.OrderedDict([(1, 2), (3, 4)]).values(1, 2, 3, 4)
    print('collections.OrderedDict([(1, 2), (3, 4)]).values(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('collections.OrderedDict([(1, 2), (3, 4)]).values(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = collections.Counter('abca').clear(zz=1)
    print("collections.Counter('abca').clear(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').clear(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').clear(1, 2, 3, 4)
    print("collections.Counter('abca').clear(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').clear(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').copy(zz=1)
    print("collections.Counter('abca').copy(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').copy(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').copy(1, 2, 3, 4)
    print("collections.Counter('abca').copy(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').copy(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').get('ab', zz=1)
    print("collections.Counter('abca').get('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').get('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').get('ab', 1, 2, 3, 4)
    print("collections.Counter('abca').get('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').get('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').items(zz=1)
    print("collections.Counter('abca').items(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').items(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').items(1, 2, 3, 4)
    print("collections.Counter('abca').items(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').items(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').keys(zz=1)
    print("collections.Counter('abca').keys(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').keys(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').keys(1, 2, 3, 4)
    print("collections.Counter('abca').keys(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').keys(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').most_common(zz=1)
    print("collections.Counter('abca').most_common(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').most_common(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').most_common(1, 2, 3, 4)
    print("collections.Counter('abca').most_common(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').most_common(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').pop('ab', 'ab', zz=1)
    print("collections.Counter('abca').pop('ab', 'ab', zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').pop('ab', 'ab', zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').pop('ab', 'ab', 1, 2, 3, 4)
    print("collections.Counter('abca').pop('ab', 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').pop('ab', 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').popitem(zz=1)
    print("collections.Counter('abca').popitem(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').popitem(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').popitem(1, 2, 3, 4)
    print("collections.Counter('abca').popitem(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').popitem(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').setdefault('ab', zz=1)
    print("collections.Counter('abca').setdefault('ab', zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').setdefault('ab', zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').setdefault('ab', 1, 2, 3, 4)
    print("collections.Counter('abca').setdefault('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').setdefault('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').subtract(zz=1)
    print("collections.Counter('abca').subtract(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').subtract(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').subtract(1, 2, 3, 4)
    print("collections.Counter('abca').subtract(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').subtract(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').total(zz=1)
    print("collections.Counter('abca').total(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').total(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').total(1, 2, 3, 4)
    print("collections.Counter('abca').total(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').total(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').update(zz=1)
    print("collections.Counter('abca').update(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').update(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').update(1, 2, 3, 4)
    print("collections.Counter('abca').update(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').update(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = collections.Counter('abca').values(zz=1)
    print("collections.Counter('abca').values(zz=1)", 'ok')
except Exception as e:
    print("collections.Counter('abca').values(zz=1)", type(e).__name__, e)
try:
    r = collections.Counter('abca').values(1, 2, 3, 4)
    print("collections.Counter('abca').values(1, 2, 3, 4)", 'ok')
except Exception as e:
    print("collections.Counter('abca').values(1, 2, 3, 4)", type(e).__name__, e)
try:
    r = weakref.WeakSet([w]).add(str, zz=1)
    print('weakref.WeakSet([w]).add(str, zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakSet([w]).add(str, zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakSet([w]).add(str, 1, 2, 3, 4)
    print('weakref.WeakSet([w]).add(str, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakSet([w]).add(str, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakSet([w]).clear(zz=1)
    print('weakref.WeakSet([w]).clear(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakSet([w]).clear(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakSet([w]).clear(1, 2, 3, 4)
    print('weakref.WeakSet([w]).clear(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakSet([w]).clear(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakSet([w]).discard(str, zz=1)
    print('weakref.WeakSet([w]).discard(str, zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakSet([w]).discard(str, zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakSet([w]).discard(str, 1, 2, 3, 4)
    print('weakref.WeakSet([w]).discard(str, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakSet([w]).discard(str, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).get(str, zz=1)
    print('weakref.WeakKeyDictionary({w: 1}).get(str, zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).get(str, zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).get(str, 1, 2, 3, 4)
    print('weakref.WeakKeyDictionary({w: 1}).get(str, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).get(str, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).items(zz=1)
    print('weakref.WeakKeyDictionary({w: 1}).items(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).items(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).items(1, 2, 3, 4)
    print('weakref.WeakKeyDictionary({w: 1}).items(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).items(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).keyrefs(zz=1)
    print('weakref.WeakKeyDictionary({w: 1}).keyrefs(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).keyrefs(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).keyrefs(1, 2, 3, 4)
    print('weakref.WeakKeyDictionary({w: 1}).keyrefs(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).keyrefs(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).keys(zz=1)
    print('weakref.WeakKeyDictionary({w: 1}).keys(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).keys(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).keys(1, 2, 3, 4)
    print('weakref.WeakKeyDictionary({w: 1}).keys(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).keys(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).pop(str, 'ab', zz=1)
    print("weakref.WeakKeyDictionary({w: 1}).pop(str, 'ab', zz=1)", 'ok')
except Exception as e:
    print("weakref.WeakKeyDictionary({w: 1}).pop(str, 'ab', zz=1)", type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).pop(str, 'ab', 1, 2, 3, 4)
    print("weakref.WeakKeyDictionary({w: 1}).pop(str, 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("weakref.WeakKeyDictionary({w: 1}).pop(str, 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).setdefault(str, zz=1)
    print('weakref.WeakKeyDictionary({w: 1}).setdefault(str, zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).setdefault(str, zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).setdefault(str, 1, 2, 3, 4)
    print('weakref.WeakKeyDictionary({w: 1}).setdefault(str, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).setdefault(str, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).values(zz=1)
    print('weakref.WeakKeyDictionary({w: 1}).values(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).values(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakKeyDictionary({w: 1}).values(1, 2, 3, 4)
    print('weakref.WeakKeyDictionary({w: 1}).values(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakKeyDictionary({w: 1}).values(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).get('ab', zz=1)
    print("weakref.WeakValueDictionary({1: w}).get('ab', zz=1)", 'ok')
except Exception as e:
    print("weakref.WeakValueDictionary({1: w}).get('ab', zz=1)", type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).get('ab', 1, 2, 3, 4)
    print("weakref.WeakValueDictionary({1: w}).get('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("weakref.WeakValueDictionary({1: w}).get('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).items(zz=1)
    print('weakref.WeakValueDictionary({1: w}).items(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakValueDictionary({1: w}).items(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).items(1, 2, 3, 4)
    print('weakref.WeakValueDictionary({1: w}).items(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakValueDictionary({1: w}).items(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).keys(zz=1)
    print('weakref.WeakValueDictionary({1: w}).keys(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakValueDictionary({1: w}).keys(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).keys(1, 2, 3, 4)
    print('weakref.WeakValueDictionary({1: w}).keys(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakValueDictionary({1: w}).keys(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).pop('ab', 'ab', zz=1)
    print("weakref.WeakValueDictionary({1: w}).pop('ab', 'ab', zz=1)", 'ok')
except Exception as e:
    print("weakref.WeakValueDictionary({1: w}).pop('ab', 'ab', zz=1)", type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).pop('ab', 'ab', 1, 2, 3, 4)
    print("weakref.WeakValueDictionary({1: w}).pop('ab', 'ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("weakref.WeakValueDictionary({1: w}).pop('ab', 'ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).setdefault('ab', {4}, zz=1)
    print("weakref.WeakValueDictionary({1: w}).setdefault('ab', {4}, zz=1)", 'ok')
except Exception as e:
    print("weakref.WeakValueDictionary({1: w}).setdefault('ab', {4}, zz=1)", type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).setdefault('ab', {4}, 1, 2, 3, 4)
    print("weakref.WeakValueDictionary({1: w}).setdefault('ab', {4}, 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("weakref.WeakValueDictionary({1: w}).setdefault('ab', {4}, 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).valuerefs(zz=1)
    print('weakref.WeakValueDictionary({1: w}).valuerefs(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakValueDictionary({1: w}).valuerefs(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).valuerefs(1, 2, 3, 4)
    print('weakref.WeakValueDictionary({1: w}).valuerefs(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakValueDictionary({1: w}).valuerefs(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).values(zz=1)
    print('weakref.WeakValueDictionary({1: w}).values(zz=1)', 'ok')
except Exception as e:
    print('weakref.WeakValueDictionary({1: w}).values(zz=1)', type(e).__name__, e)
try:
    r = weakref.WeakValueDictionary({1: w}).values(1, 2, 3, 4)
    print('weakref.WeakValueDictionary({1: w}).values(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('weakref.WeakValueDictionary({1: w}).values(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = (x for x in [1, 2]).close(zz=1)
    print('(x for x in [1, 2]).close(zz=1)', 'ok')
except Exception as e:
    print('(x for x in [1, 2]).close(zz=1)', type(e).__name__, e)
try:
    r = (x for x in [1, 2]).close(1, 2, 3, 4)
    print('(x for x in [1, 2]).close(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('(x for x in [1, 2]).close(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = (x for x in [1, 2]).send(None, zz=1)
    print('(x for x in [1, 2]).send(None, zz=1)', 'ok')
except Exception as e:
    print('(x for x in [1, 2]).send(None, zz=1)', type(e).__name__, e)
try:
    r = (x for x in [1, 2]).send(None, 1, 2, 3, 4)
    print('(x for x in [1, 2]).send(None, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('(x for x in [1, 2]).send(None, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = gc.collect(zz=1)
    print('gc.collect(zz=1)', 'ok')
except Exception as e:
    print('gc.collect(zz=1)', type(e).__name__, e)
try:
    r = gc.collect(1, 2, 3, 4)
    print('gc.collect(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('gc.collect(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = gc.get_count(zz=1)
    print('gc.get_count(zz=1)', 'ok')
except Exception as e:
    print('gc.get_count(zz=1)', type(e).__name__, e)
try:
    r = gc.get_count(1, 2, 3, 4)
    print('gc.get_count(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('gc.get_count(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = gc.get_debug(zz=1)
    print('gc.get_debug(zz=1)', 'ok')
except Exception as e:
    print('gc.get_debug(zz=1)', type(e).__name__, e)
try:
    r = gc.get_debug(1, 2, 3, 4)
    print('gc.get_debug(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('gc.get_debug(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = gc.get_referents(zz=1)
    print('gc.get_referents(zz=1)', 'ok')
except Exception as e:
    print('gc.get_referents(zz=1)', type(e).__name__, e)
try:
    r = gc.get_referents(1, 2, 3, 4)
    print('gc.get_referents(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('gc.get_referents(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = gc.get_referrers(zz=1)
    print('gc.get_referrers(zz=1)', 'ok')
except Exception as e:
    print('gc.get_referrers(zz=1)', type(e).__name__, e)
try:
    r = gc.get_referrers(1, 2, 3, 4)
    print('gc.get_referrers(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('gc.get_referrers(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = gc.get_threshold(zz=1)
    print('gc.get_threshold(zz=1)', 'ok')
except Exception as e:
    print('gc.get_threshold(zz=1)', type(e).__name__, e)
try:
    r = gc.get_threshold(1, 2, 3, 4)
    print('gc.get_threshold(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('gc.get_threshold(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = gc.is_tracked('ab', zz=1)
    print("gc.is_tracked('ab', zz=1)", 'ok')
except Exception as e:
    print("gc.is_tracked('ab', zz=1)", type(e).__name__, e)
try:
    r = gc.is_tracked('ab', 1, 2, 3, 4)
    print("gc.is_tracked('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("gc.is_tracked('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = gc.isenabled(zz=1)
    print('gc.isenabled(zz=1)', 'ok')
except Exception as e:
    print('gc.isenabled(zz=1)', type(e).__name__, e)
try:
    r = gc.isenabled(1, 2, 3, 4)
    print('gc.isenabled(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('gc.isenabled(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = sys.getrecursionlimit(zz=1)
    print('sys.getrecursionlimit(zz=1)', 'ok')
except Exception as e:
    print('sys.getrecursionlimit(zz=1)', type(e).__name__, e)
try:
    r = sys.getrecursionlimit(1, 2, 3, 4)
    print('sys.getrecursionlimit(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('sys.getrecursionlimit(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = sys.getrefcount('ab', zz=1)
    print("sys.getrefcount('ab', zz=1)", 'ok')
except Exception as e:
    print("sys.getrefcount('ab', zz=1)", type(e).__name__, e)
try:
    r = sys.getrefcount('ab', 1, 2, 3, 4)
    print("sys.getrefcount('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("sys.getrefcount('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = sys.getsizeof('ab', zz=1)
    print("sys.getsizeof('ab', zz=1)", 'ok')
except Exception as e:
    print("sys.getsizeof('ab', zz=1)", type(e).__name__, e)
try:
    r = sys.getsizeof('ab', 1, 2, 3, 4)
    print("sys.getsizeof('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("sys.getsizeof('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = copy.copy('ab', zz=1)
    print("copy.copy('ab', zz=1)", 'ok')
except Exception as e:
    print("copy.copy('ab', zz=1)", type(e).__name__, e)
try:
    r = copy.copy('ab', 1, 2, 3, 4)
    print("copy.copy('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("copy.copy('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = copy.deepcopy('ab', zz=1)
    print("copy.deepcopy('ab', zz=1)", 'ok')
except Exception as e:
    print("copy.deepcopy('ab', zz=1)", type(e).__name__, e)
try:
    r = copy.deepcopy('ab', 1, 2, 3, 4)
    print("copy.deepcopy('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("copy.deepcopy('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = functools.cache(str, zz=1)
    print('functools.cache(str, zz=1)', 'ok')
except Exception as e:
    print('functools.cache(str, zz=1)', type(e).__name__, e)
try:
    r = functools.cache(str, 1, 2, 3, 4)
    print('functools.cache(str, 1, 2, 3, 4)', 'ok')
except Exception as e:
    print('functools.cache(str, 1, 2, 3, 4)', type(e).__name__, e)
try:
    r = functools.lru_cache(zz=1)
    print('functools.lru_cache(zz=1)', 'ok')
except Exception as e:
    print('functools.lru_cache(zz=1)', type(e).__name__, e)
try:
    r = functools.lru_cache(1, 2, 3, 4)
    print('functools.lru_cache(1, 2, 3, 4)', 'ok')
except Exception as e:
    print('functools.lru_cache(1, 2, 3, 4)', type(e).__name__, e)
try:
    r = functools.reduce('ab', {1: 2}, zz=1)
    print("functools.reduce('ab', {1: 2}, zz=1)", 'ok')
except Exception as e:
    print("functools.reduce('ab', {1: 2}, zz=1)", type(e).__name__, e)
try:
    r = functools.reduce('ab', {1: 2}, 1, 2, 3, 4)
    print("functools.reduce('ab', {1: 2}, 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("functools.reduce('ab', {1: 2}, 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = functools.wraps('ab', zz=1)
    print("functools.wraps('ab', zz=1)", 'ok')
except Exception as e:
    print("functools.wraps('ab', zz=1)", type(e).__name__, e)
try:
    r = functools.wraps('ab', 1, 2, 3, 4)
    print("functools.wraps('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("functools.wraps('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = json.dumps('ab', zz=1)
    print("json.dumps('ab', zz=1)", 'ok')
except Exception as e:
    print("json.dumps('ab', zz=1)", type(e).__name__, e)
try:
    r = json.dumps('ab', 1, 2, 3, 4)
    print("json.dumps('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("json.dumps('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = weakref.getweakrefcount('ab', zz=1)
    print("weakref.getweakrefcount('ab', zz=1)", 'ok')
except Exception as e:
    print("weakref.getweakrefcount('ab', zz=1)", type(e).__name__, e)
try:
    r = weakref.getweakrefcount('ab', 1, 2, 3, 4)
    print("weakref.getweakrefcount('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("weakref.getweakrefcount('ab', 1, 2, 3, 4)", type(e).__name__, e)
try:
    r = weakref.getweakrefs('ab', zz=1)
    print("weakref.getweakrefs('ab', zz=1)", 'ok')
except Exception as e:
    print("weakref.getweakrefs('ab', zz=1)", type(e).__name__, e)
try:
    r = weakref.getweakrefs('ab', 1, 2, 3, 4)
    print("weakref.getweakrefs('ab', 1, 2, 3, 4)", 'ok')
except Exception as e:
    print("weakref.getweakrefs('ab', 1, 2, 3, 4)", type(e).__name__, e)
