import type { Lesson } from './format';

export const references: Lesson = {
  name: 'references',
  title: 'References and sys.getrefcount',
  summary: 'Every object counts the references to it, and is freed the moment the count is zero.',
  steps: [
    {
      text: 'CPython counts, for every object, the references to it: names bound to it, containers holding it, calls passing it. `sys.getrefcount(obj)` tells you the count. Let us make an empty list and name it `a`.',
      python: ['import sys', 'a = []'],
      look: ['a'],
    },
    {
      text: 'Only the name `a` refers to the list.',
      python: ['print(sys.getrefcount(a))'],
      look: ['a'],
      predict: {
        kind: 'output',
        question: 'What does `print(sys.getrefcount(a))` print?',
        explain:
          'One reference from the name `a`, and one more from `getrefcount` itself: passing the list to the function is a reference too, held while the function runs. You cannot observe the count without changing it, so it is always one more than you expect.',
      },
    },
    {
      text: 'Binding a second name to the same object is a new reference: no copy is made.',
      python: ['b = a', 'print(sys.getrefcount(a))'],
      look: ['a', 'b'],
      predict: {
        kind: 'output',
        question: 'After `b = a`, what does `print(sys.getrefcount(a))` print?',
        explain:
          '`a`, `b` and the argument of `getrefcount`: 3. `a` and `b` are two names for one list.',
      },
    },
    {
      text: 'Putting the object in a container is a reference too: the new list holds it in its item `l[3]`.',
      python: ['l = [1, 2, 3, a]', 'print(sys.getrefcount(a))'],
      look: ['l', 'l[3]'],
      predict: {
        kind: 'output',
        question: 'What does `print(sys.getrefcount(a))` print now?',
        explain: '`a`, `b`, the item of `l` and the argument: 4.',
      },
    },
    {
      text: '`del b` removes a name, not an object: the list loses one reference.',
      python: ['del b', 'print(sys.getrefcount(a))'],
      look: ['a'],
      predict: {
        kind: 'output',
        question: 'After `del b`, what does `print(sys.getrefcount(a))` print?',
        explain:
          'The name `b` is gone, so the count drops by one: 3 (`a`, `l[3]` and the argument).',
      },
    },
    {
      text: 'Deleting the last name of `l` frees the outer list, and a freed list lets go of each of its items.',
      python: ['del l', 'print(sys.getrefcount(a))'],
      look: ['a'],
      predict: {
        kind: 'choice',
        question: 'What does `print(sys.getrefcount(a))` print after `del l`?',
        options: [
          '3: `del l` removes the name `l`, not the list inside it',
          '2: the outer list is freed, and it drops its reference to `a`',
        ],
        answer: 1,
        explain:
          'The name `l` was the only reference to the outer list, so its count reached zero and it was freed at once; freeing it released its items, `a` among them. Back to 2.',
      },
    },
    {
      text: 'When a count reaches zero the object is freed right away, and its `__del__` method (if its class has one) runs at that moment. This class says when one of its objects is freed.',
      python: [
        'class Noisy:\n    def __del__(self):\n        print("freed")',
        'n = Noisy()',
        'm = n',
      ],
      look: ['n', 'm'],
    },
    {
      text: 'Delete one of the two names.',
      python: ['del n'],
      look: ['m'],
      predict: {
        kind: 'choice',
        question: 'What does `del n` print?',
        options: ['freed', 'nothing'],
        answer: 1,
        explain: 'The object still has the name `m`: its count went from 2 to 1, not to zero.',
      },
    },
    {
      text: 'Now delete the last one.',
      python: ['del m'],
      predict: {
        kind: 'output',
        question: 'What does `del m` print?',
        explain:
          'The count reached zero, so CPython freed the object immediately and ran `__del__` before `del m` finished. No waiting for a collector: that is what makes reference counting predictable, and why a file object closes as soon as you drop it.',
      },
    },
  ],
};
