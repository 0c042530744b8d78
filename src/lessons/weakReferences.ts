import type { Lesson } from './format';

export const weakReferences: Lesson = {
  name: 'weak-references',
  title: 'Weak references',
  summary:
    'References that do not keep their object alive: `weakref.ref`, proxies, the weak containers and `finalize`.',
  steps: [
    {
      text: 'For the times you do not want to keep an object alive, Python has weak references. A class to experiment with (most objects of your own classes can be weakly referenced):',
      python: [
        'import sys, weakref',
        'class Thing:\n    def __init__(self, name):\n        self.name = name\n    def __repr__(self):\n        return f"Thing({self.name!r})"',
      ],
      look: ['Thing'],
    },
    {
      text: '`weakref.ref(obj)` makes a weak reference; calling it gives the object back while the object lives.',
      python: ['t = Thing("t")', 'r = weakref.ref(t)', 'print(r() is t, sys.getrefcount(t))'],
      look: ['t', 'r'],
      predict: {
        kind: 'output',
        question: 'What does `print(r() is t, sys.getrefcount(t))` print?',
        explain:
          '`True 2`: `r()` is the object itself, and the weak reference does not count: only `t` and the argument do.',
      },
    },
    {
      text: 'A weak reference can be given a callback, called with the weak reference when its object dies. This is the tool for “when you want to control what happens when the referenced object is gone”.',
      python: [
        'def gone(ref):\n    print("callback: the object is gone")',
        'r2 = weakref.ref(t, gone)',
        'del t',
        'print(r(), r2())',
      ],
      look: ['r', 'r2'],
      predict: {
        kind: 'output',
        question: 'After the callback’s line, what does `print(r(), r2())` print?',
        explain:
          '`None None`. `del t` removed the only strong reference: the object was freed at once, the callback ran, and both weak references now return `None`.',
      },
    },
    {
      text: 'A proxy acts much like the object itself, so code using it need not know the difference: no call needed.',
      python: ['t = Thing("t2")', 'p = weakref.proxy(t)', 'print(p.name)'],
      look: ['t', 'p'],
      predict: {
        kind: 'output',
        question: 'What does `print(p.name)` print?',
        explain: '`t2`: reading an attribute through the proxy reads the object’s.',
      },
    },
    {
      text: 'Once its object is gone, a proxy raises instead of returning `None`.',
      python: [
        'del t',
        'try:\n    print(p.name)\nexcept ReferenceError as e:\n    print("ReferenceError:", e)',
      ],
      look: ['p'],
      predict: {
        kind: 'output',
        question: 'What does using `p.name` print now?',
        explain: '`ReferenceError: weakly-referenced object no longer exists`.',
      },
    },
    {
      text: 'A `WeakValueDictionary` holds its values weakly: an entry disappears when its value dies. That makes it the right place for a cache.',
      python: [
        'cache = weakref.WeakValueDictionary()',
        'a = Thing("a")',
        'cache["a"] = a',
        'print(len(cache), cache["a"])',
        'del a',
        'print(len(cache))',
      ],
      look: ['cache'],
      predict: {
        kind: 'output',
        question: 'After `del a`, what does `print(len(cache))` print?',
        explain: '0: the value died, and its entry went with it.',
      },
    },
    {
      text: 'A `WeakKeyDictionary` holds its keys weakly: a way to attach data to objects without keeping them alive.',
      python: [
        'notes = weakref.WeakKeyDictionary()',
        'k = Thing("k")',
        'notes[k] = "written by k"',
        'print(notes[k])',
        'del k',
        'print(len(notes))',
      ],
      look: ['notes'],
      predict: {
        kind: 'output',
        question: 'After `del k`, what does `print(len(notes))` print?',
        explain: '0: the key died, so its entry (and the note) went.',
      },
    },
    {
      text: 'A `WeakSet` holds its members weakly.',
      python: [
        'members = weakref.WeakSet()',
        'x = Thing("x"); y = Thing("y")',
        'members.add(x); members.add(y)',
        'del x',
        'print(list(members))',
      ],
      look: ['members', 'y'],
      predict: {
        kind: 'output',
        question: 'After `del x`, what does `print(list(members))` print?',
        explain: "`[Thing('y')]`: only the member that still has a strong reference is left.",
      },
    },
    {
      text: '`weakref.finalize(obj, func, *args)` calls `func(*args)` when `obj` dies: cleanup without a `__del__`, that also runs at exit if the object is still alive then.',
      python: [
        'z = Thing("z")',
        'f = weakref.finalize(z, print, "finalize: z is gone")',
        'print(f.alive)',
        'del z',
        'print(f.alive)',
      ],
      look: ['f'],
      predict: {
        kind: 'output',
        question: 'After `del z` (and the finalizer’s line), what does `print(f.alive)` print?',
        explain: '`False`: the finalizer has run, and it runs only once.',
      },
    },
    {
      text: 'Not every object can be weakly referenced: lists, dicts, ints and strings cannot (a subclass of list or dict can). This is why the cycles lesson watched instances, not lists.',
      python: ['try:\n    w = weakref.ref([])\nexcept TypeError as e:\n    print("TypeError:", e)'],
      predict: {
        kind: 'output',
        question: 'What does `weakref.ref([])` raise?',
        explain: "`TypeError: cannot create weak reference to 'list' object`.",
      },
    },
  ],
};
