import type { Lesson } from './format';

export const functionCalls: Lesson = {
  name: 'function-calls',
  title: 'Function calls and the frame’s reference',
  summary:
    'Passing an object to a function is a reference: the call’s frame holds it while it runs.',
  steps: [
    {
      text: 'A list with one name, as before: `getrefcount` says 2 (the name and its own argument).',
      python: ['import sys', 'a = []', 'print(sys.getrefcount(a))'],
      look: ['a'],
    },
    {
      text: 'A function that reports the count of whatever it is given. Inside it, the object also has the name `x`, a local variable of the call’s frame.',
      python: ['def test(x):\n    print(sys.getrefcount(x))'],
      look: ['test'],
    },
    {
      text: 'Call it with `a`.',
      python: ['test(a)'],
      look: ['a'],
      predict: {
        kind: 'output',
        question: 'What does `test(a)` print?',
        explain:
          'The global name `a`, the local `x` of `test`’s frame, and `getrefcount`’s argument: 3. In CPython 3.11 the call moves its argument from the caller’s value stack into the new frame, so the caller does not hold a reference of its own while `test` runs.',
      },
    },
    {
      text: 'When `test` returns, its frame is freed and so is its reference.',
      python: ['print(sys.getrefcount(a))'],
      look: ['a'],
      predict: {
        kind: 'output',
        question: 'After the call, what does `print(sys.getrefcount(a))` print?',
        explain: 'Back to 2: the frame and its local `x` are gone.',
      },
    },
    {
      text: 'Each call in progress has its own frame. Here `outer` calls `test`, passing on what it was given.',
      python: ['def outer(y):\n    test(y)', 'outer(a)'],
      look: ['a'],
      predict: {
        kind: 'output',
        question: 'What does `outer(a)` print?',
        explain:
          '`a`, `outer`’s local `y`, `test`’s local `x` and the argument: 4. While `test` runs, `outer`’s frame is still there, waiting for it to return, and holds `y`.',
      },
    },
    {
      text: 'An object nobody names still has the reference of the expression that made it, on the value stack, until the statement is done with it.',
      python: ['print(sys.getrefcount([]))'],
      predict: {
        kind: 'choice',
        question: 'What does `print(sys.getrefcount([]))` print?',
        options: ['0', '1', '2'],
        answer: 1,
        explain:
          'Only `getrefcount`’s argument refers to the new list: 1. Right after the call the list is freed.',
      },
    },
    {
      text: 'The seed talk ran Python 2, where `test(a)` printed 4: the caller kept its own reference to the argument on its stack while the callee’s frame took another. This step runs on Heapscope’s 2.7 profile (a new heap).',
      profile: '2.7',
      python: ['import sys', 'a = []', 'def test(x):\n    print(sys.getrefcount(x))', 'test(a)'],
      look: ['a'],
      predict: {
        kind: 'output',
        question: 'In Python 2.7, what does `test(a)` print?',
        explain:
          '`a`, the caller’s stack slot, the frame’s `x` and `getrefcount`’s argument: 4, as in the talk. Python 3.11 moves the argument instead of copying it, which is why you saw 3.',
      },
    },
  ],
};
