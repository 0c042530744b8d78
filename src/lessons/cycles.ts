import type { Lesson } from './format';

export const cycles: Lesson = {
  name: 'cycles',
  title: 'Circular references',
  summary:
    'Two objects that refer to each other keep each other’s count above zero: reference counting alone never frees them.',
  steps: [
    {
      text: 'The talk’s example: two lists, each holding a number.',
      python: ['l1 = [1,]; l2 = [2,]'],
      look: ['l1', 'l2'],
    },
    {
      text: 'Now each list gets a reference to the other: a circular reference.',
      python: ['l1.append(l2); l2.append(l1)'],
      look: ['l1[1]', 'l2[1]'],
    },
    {
      text: 'Printing a list prints its items, and one of `l1`’s items is `l2`, whose last item is `l1`...',
      python: ['print(l1)'],
      look: ['l1'],
      predict: {
        kind: 'output',
        question: 'What does `print(l1)` print?',
        explain:
          '`repr` notices that it is already printing `l1` and writes `[...]` instead of going round for ever: `[1, [2, [...]]]`.',
      },
    },
    {
      text: 'You can follow the references as far as you like.',
      python: ['print(l2[1][1][1])'],
      look: ['l2[1]', 'l1[1]'],
      predict: {
        kind: 'output',
        question: 'What does `print(l2[1][1][1])` print?',
        explain:
          '`l2[1]` is `l1`, `l1[1]` is `l2`, and `l2[1]` is `l1` again: it prints `l1`, `[1, [2, [...]]]`.',
      },
    },
    {
      text: 'Each list has two references: its name and the other list’s item.',
      python: ['import sys', 'print(sys.getrefcount(l1))'],
      look: ['l1', 'l2[1]'],
      predict: {
        kind: 'output',
        question: 'What does `print(sys.getrefcount(l1))` print?',
        explain: 'The name `l1`, the item `l2[1]` and `getrefcount`’s argument: 3.',
      },
    },
    {
      text: 'For comparison, a third list that is in no cycle: only its name refers to it.',
      python: ['l3 = [3]'],
      look: ['l3'],
    },
    {
      text: 'Delete all three names. Each list loses one reference; `l1` and `l2` each still have one: the other list’s item.',
      python: ['del l1, l2, l3'],
      predict: {
        kind: 'survivors',
        question: 'Which of these lists still exist after `del l1, l2, l3`?',
        explain:
          '`l3` is freed at once: its name was its only reference. `l1` and `l2` survive: their counts went from 2 to 1, never to zero, and no name can reach them any more. Reference counting alone would keep them until the program ends: a leak.',
      },
    },
    {
      text: 'But are they still there? Lists cannot be watched without holding them, so let us build the same kind of cycle from objects that can: instances of a class. A weak reference, `weakref.ref(a)`, lets us watch `a` without keeping it alive: calling it gives the object, or `None` once it is gone.',
      python: [
        'import weakref',
        'class Thing:\n    def __init__(self, name):\n        self.name = name',
        'a = Thing("a"); b = Thing("b")',
        'a.partner = b; b.partner = a',
        'watch = weakref.ref(a)',
      ],
      look: ['a', 'b', 'a.partner', 'b.partner'],
    },
    {
      text: 'Delete the names, then ask the weak reference.',
      python: ['del a, b', 'print(watch() is None)'],
      predict: {
        kind: 'choice',
        question: 'After `del a, b`, what does `print(watch() is None)` print?',
        options: ['True: `a` is gone', 'False: `a` is still there'],
        answer: 1,
        explain:
          '`a` is still alive (`False`): `b.partner` refers to it, and `a.partner` keeps `b` alive in turn. Nothing outside the pair can reach either.',
      },
    },
    {
      text: 'This is what CPython’s cycle collector is for: `gc.collect()` finds groups of objects that only refer to each other, frees them, and returns how many objects it found unreachable.',
      python: ['import gc', 'print(gc.collect())'],
      predict: {
        kind: 'output',
        question: 'How many unreachable objects does `print(gc.collect())` report?',
        explain:
          'The two lists and the two `Thing`s: 4. (An instance keeps its attributes inside itself in 3.11, so there are no separate `__dict__`s to count.)',
      },
    },
    {
      text: 'And the weak reference now says the object is gone.',
      python: ['print(watch())'],
      predict: {
        kind: 'output',
        question: 'What does `print(watch())` print now?',
        explain:
          '`None`: the collector freed `a`, and a weak reference to a freed object returns `None`. The collector runs by itself too, from time to time: the next lesson shows when.',
      },
    },
  ],
};
