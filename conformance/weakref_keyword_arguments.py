# Keyword arguments in the weakref module: the C functions refuse them, the methods written in
# Python (weakref.py, _weakrefset.py) bind them to their parameters.
import weakref


class C:
    def __repr__(self):
        return 'C()'


c = C()
other = C()


def cb(r):
    print('callback')


d = weakref.WeakValueDictionary()
s = weakref.WeakSet()
tries = [
    lambda: weakref.ref(c, callback=cb),
    lambda: weakref.proxy(c, callback=cb),
    lambda: weakref.getweakrefcount(object=c),
    lambda: weakref.getweakrefs(object=c),
    lambda: weakref.ref(c)(x=1),
    lambda: s.add(item=c),
    lambda: len(s),
    lambda: s.discard(item=c),
    lambda: len(s),
    lambda: d.setdefault(key=1, default=c),
    lambda: d.setdefault(1, default=other),
    lambda: d.get(key=1),
    lambda: d.get(2, default='missing'),
    lambda: d.get(key=2, default='missing'),
    lambda: d.pop(key=1),
    lambda: d.pop(1, default='gone'),
    lambda: d.get(1, key=1),
    lambda: d.get(k=1),
    lambda: d.setdefault(default=c),
    lambda: s.add(c, item=c),
]
i = 0
for attempt in tries:
    try:
        print(i, attempt())
    except TypeError as e:
        print(i, 'TypeError:', e)
    except KeyError as e:
        print(i, 'KeyError:', e)
    i += 1
