import type { Lesson } from './format';

export const finalizers: Lesson = {
  name: 'finalizers',
  title: '`__del__` in cycles',
  summary:
    'Since Python 3.4 (PEP 442) the collector runs `__del__` for objects in cycles, once, even when `__del__` brings its object back to life.',
  steps: [
    {
      text: 'A class whose objects say when they are finalized: `__del__` runs just before an object is freed.',
      python: [
        'import gc',
        'class Noisy:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n        print("__del__", self.name)',
      ],
      look: ['Noisy'],
    },
    {
      text: 'Two of them, in a cycle.',
      python: ['a = Noisy("a"); b = Noisy("b")', 'a.other = b; b.other = a'],
      look: ['a', 'b', 'a.other', 'b.other'],
    },
    {
      text: 'Delete the names.',
      python: ['del a, b'],
      predict: {
        kind: 'choice',
        question: 'What does `del a, b` print?',
        options: ['`__del__ a` and `__del__ b`', 'only `__del__ a`', 'nothing'],
        answer: 2,
        explain:
          'Nothing: each object still has a reference from the other, so neither count reaches zero and no `__del__` runs.',
      },
    },
    {
      text: 'The talk warned: “classes that define a `__del__` method are not cleaned up”. That was true until Python 3.4. Since PEP 442 the collector first calls the `__del__` of every object in the garbage, then checks that the garbage is still garbage, and frees it.',
      python: ['print(gc.collect())'],
      predict: {
        kind: 'output',
        question: 'After the `__del__` lines, what number does `print(gc.collect())` print?',
        explain:
          'Both objects are finalized (`__del__ a`, `__del__ b`), then freed: 2. In which order the `__del__`s run is up to the collector, so a `__del__` must not count on its partner being finalized after it.',
      },
    },
    {
      text: 'Objects the collector could not free went to the list `gc.garbage`.',
      python: ['print(gc.garbage)'],
      predict: {
        kind: 'output',
        question: 'What does `print(gc.garbage)` print?',
        explain:
          '`[]`: in Python 3.4 and later, a `__del__` no longer makes a cycle uncollectable.',
      },
    },
    {
      text: 'A `__del__` can do anything, even store its object somewhere: the object comes back to life (resurrection).',
      python: [
        'saved = []',
        'class Phoenix:\n    def __del__(self):\n        print("__del__: saving myself")\n        saved.append(self)',
        'p = Phoenix(); p.me = p',
        'del p',
      ],
      look: ['saved'],
    },
    {
      text: 'Collect. The Phoenix’s `__del__` runs, and puts it in `saved`.',
      python: ['print(gc.collect())'],
      predict: {
        kind: 'output',
        question: 'How many objects does `print(gc.collect())` report freed?',
        explain:
          '0: after the finalizers ran, the collector saw that the Phoenix is reachable again (from `saved`), so it freed nothing.',
      },
    },
    {
      text: 'The object is alive, in `saved`.',
      python: ['print(len(saved))'],
      look: ['saved', 'saved[0]'],
    },
    {
      text: 'Let go of it again.',
      python: ['saved.clear()', 'print(gc.collect())'],
      predict: {
        kind: 'choice',
        question: 'Does `__del__` print “saving myself” a second time?',
        options: ['Yes, and the object is saved again', 'No: it is freed silently'],
        answer: 1,
        explain:
          'PEP 442 runs an object’s `__del__` at most once. The collector remembers that the Phoenix was finalized, so this time it is simply freed: `gc.collect()` prints 1.',
      },
    },
    {
      text: 'Before 3.4, as in the talk, the collector did not call `__del__` in a cycle at all: it put such objects in `gc.garbage` and left them alive for ever. This step runs on Heapscope’s 2.7 profile (a new heap).',
      profile: '2.7',
      python: [
        'import gc',
        'class Noisy:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n        print("__del__", self.name)',
        'a = Noisy("a"); b = Noisy("b")',
        'a.other = b; b.other = a',
        'del a, b',
        'found = gc.collect()',
        'print(len(gc.garbage))',
      ],
      predict: {
        kind: 'output',
        question: 'In Python 2.7, what does `print(len(gc.garbage))` print after the collection?',
        explain:
          '2: both objects are in `gc.garbage`, alive, and no `__del__` ran. The collector could not know which `__del__` to call first, so it called none.',
      },
    },
    {
      text: 'In 2.7 the fix was yours: break the cycle by hand, then let go of `gc.garbage`’s references. “Tricky and messy”, as the talk says.',
      profile: '2.7',
      python: ['gc.garbage[0].other = None', 'del gc.garbage[:]'],
    },
  ],
};
