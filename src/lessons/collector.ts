import type { Lesson } from './format';

export const collector: Lesson = {
  name: 'collector',
  title: 'The collector: generations and thresholds',
  summary:
    'How the cycle collector decides when to run, and why it looks at young objects more often than old ones.',
  steps: [
    {
      text: 'The cycle collector has been part of CPython since 2.0, and it is on unless you turn it off.',
      python: ['import gc', 'print(gc.isenabled())'],
      predict: {
        kind: 'output',
        question: 'What does `print(gc.isenabled())` print?',
        explain:
          '`True`. It only looks at containers (lists, dicts, instances, ...): ints and strings cannot hold references, so they cannot be part of a cycle.',
      },
    },
    {
      text: 'The collector sorts the containers it tracks into three generations. New objects start in generation 0; an object that survives a collection moves to the next generation.',
      python: ['print(gc.get_threshold())'],
      predict: {
        kind: 'output',
        question: 'What does `print(gc.get_threshold())` print?',
        explain:
          '`(700, 10, 10)`: generation 0 is collected when the containers allocated since its last collection, minus those freed, pass 700; generation 1 after 10 collections of generation 0; generation 2 after 10 of generation 1 (and 3.11 waits longer still when the old generation is large). Most objects die young, so looking at the young often and the old rarely finds most garbage for little work.',
      },
    },
    {
      text: '`gc.get_count()` shows the three counters. A full collection (`gc.collect()`, all generations) sets them back to zero.',
      python: ['found = gc.collect()', 'print(gc.get_count())'],
      predict: {
        kind: 'output',
        question: 'Right after `gc.collect()`, what does `print(gc.get_count())` print?',
        explain:
          '`(0, 0, 0)`: nothing has been allocated since the collection. The first counter counts new containers; the others count collections of the generation below.',
      },
    },
    {
      text: 'Make a hundred new lists.',
      python: ['junk = [[] for i in range(100)]', 'print(gc.get_count()[0] >= 100)'],
      look: ['junk'],
      predict: {
        kind: 'choice',
        question:
          'What is the first counter now: does `print(gc.get_count()[0] >= 100)` print True?',
        options: ['True: every new list was counted', 'False: only objects in cycles are counted'],
        answer: 0,
        explain:
          'Every container is counted when it is made, garbage or not: the hundred lists, the outer list, and a few objects Python made along the way. The collector cannot know in advance which ones will end up in cycles.',
      },
    },
    {
      text: 'Generations at work. This list refers to itself, and survives a collection of generation 0 because the name `old` still reaches it: it moves to generation 1. Then it loses its name.',
      python: ['old = []; old.append(old)', 'found = gc.collect(0)', 'del old'],
    },
    {
      text: 'Collect only the youngest generation.',
      python: ['print(gc.collect(0))'],
      predict: {
        kind: 'output',
        question: 'How many objects does `print(gc.collect(0))` find?',
        explain:
          '0: the cycle is garbage now, but it is in generation 1, and a collection of generation 0 does not look there.',
      },
    },
    {
      text: 'Collect generations 0 and 1.',
      python: ['print(gc.collect(1))'],
      predict: {
        kind: 'output',
        question: 'And `print(gc.collect(1))`?',
        explain: '1: the list in generation 1 is found and freed.',
      },
    },
    {
      text: 'Nobody calls `gc.collect()` in most programs: the thresholds start collections by themselves. `gc.callbacks` lets us watch them. Here 2,000 cycles are made in a loop.',
      python: [
        'runs = []',
        'def watch(phase, info):\n    if phase == "stop":\n        runs.append(info["generation"])',
        'gc.callbacks.append(watch)',
        'for i in range(2000):\n    c = []; c.append(c)',
        'print(len(runs) > 0, runs[0])',
      ],
      predict: {
        kind: 'output',
        question:
          'Did the collector run during the loop, and which generation did it collect first? (`print(len(runs) > 0, runs[0])`)',
        explain:
          '`True 0`: once 700 more containers had been made than freed, a collection of generation 0 ran, in the middle of the loop, and freed the cycles made so far.',
      },
    },
    {
      text: '`gc.disable()` stops the automatic collections (an explicit `gc.collect()` still works). Start clean, then make the same 2,000 cycles.',
      python: [
        'del c',
        'found = gc.collect()',
        'gc.disable()',
        'runs.clear()',
        'for i in range(2000):\n    c = []; c.append(c)',
        'print(len(runs))',
      ],
      predict: {
        kind: 'output',
        question: 'How many collections ran during the loop? (`print(len(runs))`)',
        explain: 'None: 0. Every cycle made in the loop is still in memory.',
      },
    },
    {
      text: 'Collect by hand, then turn the collector back on and stop watching.',
      python: ['print(gc.collect())', 'gc.enable()', 'gc.callbacks.remove(watch)'],
      predict: {
        kind: 'output',
        question: 'How many unreachable objects does `print(gc.collect())` find?',
        explain:
          '1999: every list made in the loop but the last, which the name `c` still reaches. With the collector off, memory grows until someone collects.',
      },
    },
  ],
};
