import type { Lesson } from './format';

const CHILD_STRONG =
  'class Child:\n    def __init__(self, parent):\n        self.parent = parent\n        self.data = [1234 * i for i in range(100)]\n        alive.add(self)';

const CHILD_WEAK =
  'class Child:\n    def __init__(self, parent):\n        self.parent = weakref.proxy(parent)\n        self.data = [1234 * i for i in range(100)]\n        alive.add(self)';

const PARENT =
  'class Parent:\n    def __init__(self):\n        self.children = []\n        alive.add(self)\n    def add_child(self):\n        self.children.append(Child(self))';

/** One iteration of the talk's memcount.py: a parent with three children. */
const FAMILY = '    p = Parent()\n    p.add_child()\n    p.add_child()\n    p.add_child()';

export const memoryGrowth: Lesson = {
  name: 'memory-growth',
  title: 'Memory growth: parents and children in a loop',
  summary:
    'The talk’s memcount.py: children that refer back to their parent leak in a loop, unless the collector runs or the back-reference is weak.',
  steps: [
    {
      text: 'The talk’s example: a parent holds a list of children, and each child refers back to its parent (and carries some data, to use memory). To count the objects still alive without keeping them alive, every object is added to a `weakref.WeakSet`.',
      python: ['import gc, sys, weakref', 'alive = weakref.WeakSet()', CHILD_STRONG, PARENT],
      look: ['alive'],
    },
    {
      text: 'A parent with two children.',
      python: ['p = Parent()', 'p.add_child()', 'p.add_child()', 'print(sys.getrefcount(p))'],
      look: ['p', 'p.children', 'p.children[0]', 'p.children[1]'],
      predict: {
        kind: 'output',
        question: 'What does `print(sys.getrefcount(p))` print?',
        explain:
          'The name `p`, the `parent` attribute of each child, and `getrefcount`’s argument: 4, as in the talk’s notebook.',
      },
    },
    {
      text: 'Delete the name `p`.',
      python: ['del p', 'print(len(alive))'],
      predict: {
        kind: 'output',
        question: 'How many of the three objects are still alive? (`print(len(alive))`)',
        explain:
          'All 3: the parent holds its children, the children hold their parent. Only the collector can free them.',
      },
    },
    {
      text: 'Now the talk’s loop, with the automatic collector turned off: each iteration makes a family and drops the previous one (`p` is rebound).',
      python: ['gc.disable()', `for i in range(10):\n${FAMILY}`, 'print(len(alive))'],
      predict: {
        kind: 'output',
        question: 'How many objects are alive after 10 iterations?',
        explain:
          '43: the 3 from before and 4 per iteration. Nothing is ever freed: in a long-running program, memory grows until it runs out.',
      },
    },
    {
      text: 'memcount.py called `gc.collect()` at the end of every iteration. An explicit collection works even when the automatic one is off.',
      python: [
        `for i in range(10):\n${FAMILY}\n    del p\n    found = gc.collect()`,
        'print(len(alive))',
      ],
      predict: {
        kind: 'output',
        question: 'How many objects are alive after this loop?',
        explain:
          '0: the first collection freed the 43 leaked objects, and each later one freed the family of its iteration.',
      },
    },
    {
      text: 'With the collector on, it runs by itself once enough new containers pile up (700 more made than freed). Run the loop 200 times, without calling `gc.collect()`.',
      python: ['gc.enable()', `for i in range(200):\n${FAMILY}`, 'print(len(alive) < 4 * 200)'],
      predict: {
        kind: 'choice',
        question:
          'Are fewer than the 800 objects made still alive? (`print(len(alive) < 4 * 200)`)',
        options: ['True: the collector freed some of them', 'False: they all leaked'],
        answer: 0,
        explain:
          '`True`: collections ran during the loop and freed the families made so far. The cycles are still garbage for a while before each collection, so memory goes up and down instead of staying flat, and with big objects that can be a lot of memory.',
      },
    },
    {
      text: 'The talk’s cure: the child does not need to keep its parent alive, so it refers to it through a `weakref.proxy`, which acts like the parent but does not count as a reference. Start clean, turn the collector off again, and run the loop with the new `Child`.',
      python: [
        'del p',
        'found = gc.collect()',
        'gc.disable()',
        CHILD_WEAK,
        `for i in range(10):\n${FAMILY}`,
        'print(len(alive))',
      ],
      look: ['p', 'p.children[0].parent'],
      predict: {
        kind: 'output',
        question: 'With no collector at all, how many objects are alive after 10 iterations?',
        explain:
          '4: only the last family. Each time `p` was rebound, the old parent’s count reached zero (its children’s proxies do not count), so reference counting freed it at once, and its children with it.',
      },
    },
    {
      text: 'The parent’s count no longer includes its children.',
      python: ['print(sys.getrefcount(p))'],
      look: ['p'],
      predict: {
        kind: 'output',
        question: 'What does `print(sys.getrefcount(p))` print, with three children?',
        explain: '2: the name `p` and the argument. The proxies are weak references.',
      },
    },
    {
      text: 'A proxy forwards everything to the parent, but it is a different object.',
      python: ['c = p.children[0]', 'print(c.parent is p, c.parent.children is p.children)'],
      look: ['c', 'c.parent'],
      predict: {
        kind: 'output',
        question: 'What does `print(c.parent is p, c.parent.children is p.children)` print?',
        explain:
          '`False True`: `c.parent` is the proxy, not the parent, but reading an attribute through it reads the parent’s.',
      },
    },
    {
      text: 'If the parent dies while a child is still in use, the child’s proxy leads nowhere.',
      python: [
        'del p',
        'print(len(alive))',
        'try:\n    print(c.parent.children)\nexcept ReferenceError as e:\n    print("ReferenceError:", e)',
        'gc.enable()',
      ],
      look: ['c'],
      predict: {
        kind: 'output',
        question: 'What does using `c.parent` print, once the parent is gone?',
        explain:
          'The parent and two of its children were freed (`len(alive)` is 1: `c`), and the proxy raises `ReferenceError: weakly-referenced object no longer exists`. A weak reference is the right choice when the child can live without its parent.',
      },
    },
  ],
};
