import type { Lesson } from './format';

export const ids: Lesson = {
  name: 'ids',
  title: '`id()` and the address reused',
  summary:
    'In CPython `id()` is an address: unique among living objects, and handed out again once an object is freed.',
  steps: [
    {
      text: 'In CPython, `id(obj)` is the address of the object in memory. In hexadecimal it looks like an address, and it is the number Heapscope shows on each card.',
      python: ['a = []', 'print(hex(id(a)))'],
      look: ['a'],
    },
    {
      text: 'Two names for one object: one address. `a is b` compares exactly that.',
      python: ['b = a', 'print(id(a) == id(b), a is b)'],
      look: ['a', 'b'],
      predict: {
        kind: 'output',
        question: 'What does `print(id(a) == id(b), a is b)` print?',
        explain: '`True True`: `is` asks whether two references lead to the same address.',
      },
    },
    {
      text: 'Another empty list, equal to the first one.',
      python: ['c = []', 'print(id(c) == id(a))'],
      look: ['a', 'c'],
      predict: {
        kind: 'choice',
        question: 'What does `print(id(c) == id(a))` print?',
        options: ['True: the lists are equal', 'False: they are two objects'],
        answer: 1,
        explain:
          '`False`: two objects alive at the same time never share an address, however equal they are.',
      },
    },
    {
      text: 'Remember `a`’s address, then free the list: both its names go.',
      python: ['addr = id(a)', 'del a, b'],
      look: ['addr'],
    },
    {
      text: 'Make a new, unrelated list.',
      python: ['d = []', 'print(id(d) == addr)'],
      look: ['d'],
      predict: {
        kind: 'choice',
        question: 'What does `print(id(d) == addr)` print?',
        options: ['True', 'False'],
        answer: 0,
        explain:
          '`True`: CPython keeps freed lists on a free list and hands the most recently freed one out first. An id is only unique among the objects alive at the same time.',
      },
    },
    {
      text: 'The classic puzzle.',
      python: ['print(id([]) == id([]))'],
      predict: {
        kind: 'choice',
        question: 'What does `print(id([]) == id([]))` print?',
        options: ['True', 'False'],
        answer: 0,
        explain:
          '`True`, though the two lists are different objects: the first list is freed as soon as `id()` has returned, before the second is made, and the second gets its memory.',
      },
    },
    {
      text: 'The talk showed tools that turn an id back into the object (`di`, `ref_by_id`), and called them a really bad idea in production code. Here is why: instances reuse memory too.',
      python: [
        'class Thing:\n    pass',
        't = Thing()',
        'saved = id(t)',
        'del t',
        'u = Thing()',
        'print(id(u) == saved)',
      ],
      look: ['u'],
      predict: {
        kind: 'output',
        question: 'What does `print(id(u) == saved)` print?',
        explain:
          '`True`: `u` lives where `t` lived. An id kept after its object died can name a different object, or none at all.',
      },
    },
    {
      text: 'To keep hold of an object without keeping it alive, use a weak reference: it knows when its object is gone.',
      python: ['import weakref', 'w = weakref.ref(u)', 'print(w() is u)', 'del u', 'print(w())'],
      look: ['w'],
      predict: {
        kind: 'output',
        question: 'After `del u`, what does `print(w())` print?',
        explain:
          '`None`: the object was freed, and its weak reference was told. Weak references are the next lesson.',
      },
    },
  ],
};
