import type { Lesson } from './format';

export const sharedObjects: Lesson = {
  name: 'shared-objects',
  title: 'Small ints, interned strings and immortal objects',
  summary:
    'Some objects are made once and shared by the whole interpreter: their counts are huge, and in 3.12 they stop counting.',
  steps: [
    {
      text: 'In the talk, `x = 3` and then `sys.getrefcount(x)` answered 428. WHOA. The int 3 is not made for `x`: CPython makes the ints from -5 to 256 once, at start-up, and every 3 anywhere in the interpreter is that one object. (python3 3.11 answers about a billion: it starts these objects’ counts at 999,999,999. Heapscope marks them as shared: its count for them is not CPython’s.)',
      python: ['import sys', 'x = 3'],
      look: ['x'],
    },
    {
      text: 'The total is meaningless, but the changes are real: each new reference still adds one.',
      python: [
        'before = sys.getrefcount(x)',
        'many = [x] * 1000',
        'print(sys.getrefcount(x) - before)',
      ],
      look: ['many'],
      predict: {
        kind: 'output',
        question: 'How many references does `many = [x] * 1000` add to 3?',
        explain: 'One per item: 1000. All thousand items are the same object.',
      },
    },
    {
      text: 'An int computed at run time, from text, is still the shared one when it is small.',
      python: ['y = int("3")', 'print(y is x)'],
      look: ['x', 'y'],
      predict: {
        kind: 'choice',
        question: '`int("3")` makes an int from a string. What does `print(y is x)` print?',
        options: ['True', 'False'],
        answer: 0,
        explain:
          '`int()` hands out the cached object for any value from -5 to 256, so `y` and `x` are one object.',
      },
    },
    {
      text: 'Past 256 there is no cache: each computation makes a new int.',
      python: ['big = 1000', 'other = int("1000")', 'print(big == other, big is other)'],
      look: ['big', 'other'],
      predict: {
        kind: 'output',
        question: 'What does `print(big == other, big is other)` print?',
        explain:
          'Equal values, two objects: `True False`. This is why `is` must never be used to compare numbers: it happens to work for small ones only.',
      },
    },
    {
      text: 'Strings have their own sharing: interning. A string literal that looks like a name (`"hello"`, `"n1"`) is interned: one object for every such literal in the program. A string built at run time is a new object.',
      python: ['s = "hello"', 't = "".join(["hel", "lo"])', 'print(s == t, s is t)'],
      look: ['s', 't'],
      predict: {
        kind: 'output',
        question: 'What does `print(s == t, s is t)` print?',
        explain:
          '`t` was joined at run time: equal to `s`, but a different object, `True False`. Names of variables, attributes and keywords are interned, which makes dictionary lookups by name fast.',
      },
    },
    {
      text: 'Interning works across the whole program: the literal `"hello"` in a function’s code is the same object as the one in `s`.',
      python: ['def greeting():\n    return "hello"', 'print(greeting() is s)'],
      look: ['s', 'greeting'],
      predict: {
        kind: 'choice',
        question: 'What does `print(greeting() is s)` print?',
        options: ['True', 'False'],
        answer: 0,
        explain:
          'When the function was compiled, its constant `"hello"` was interned: looked up in the interpreter’s table of interned strings, where the one `s` names already was. One object, so `True`.',
      },
    },
    {
      text: 'In Python 3.12 (PEP 683) small ints, `None`, `True`, `False` and interned strings are immortal: their count never changes, so threads and forked processes can share them without writing to them. This step runs on Heapscope’s 3.12 profile (a new heap).',
      profile: '3.12',
      python: [
        'import sys',
        'x = 3',
        'before = sys.getrefcount(x)',
        'many = [x] * 1000',
        'print(sys.getrefcount(x) - before)',
      ],
      look: ['x', 'many'],
      predict: {
        kind: 'output',
        question: 'In 3.12, how many references does `many = [x] * 1000` add to 3?',
        explain:
          'None at all: 0. An immortal object’s count is never incremented or decremented, whatever refers to it.',
      },
    },
  ],
};
