# An OrderedDict unpacked, merged and passed as **kwargs goes in its own order.
import collections
o = collections.OrderedDict(a=1, b=2)
o.move_to_end('a')
def f(**kw): return list(kw)
print(f(**o), {**o}, [*o], dict(o), list(o.items()))
x, y = o
print(x, y, max(o), sorted(o, reverse=True), 'a' in o.keys(), 2 in o.values())
