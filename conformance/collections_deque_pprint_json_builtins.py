# A deque through pprint, json and the built-ins that iterate it.
import collections, pprint, json
d = collections.deque([list(range(12)) for i in range(4)], maxlen=6)
pprint.pprint(d)
pprint.pprint(collections.deque(['x' * 30, 'y' * 30, 'z' * 30]))
pprint.pprint(collections.deque())
print(pprint.pformat(collections.deque([1, 2]), width=5))
try:
    json.dumps(d)
except TypeError as e:
    print(e)
print(len(d), bool(collections.deque()), list(d)[0][:3], tuple(collections.deque('ab')), sorted(collections.deque([3, 1, 2])))
a, b = collections.deque([1, 2])
print(a, b, [*collections.deque('xy')], max(collections.deque([4, 9, 2])))
