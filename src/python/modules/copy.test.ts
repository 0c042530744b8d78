import { describe, expect, it } from 'vitest';
import { Session } from '../session';

const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

describe('copy', () => {
  it('refuses copy.dispatch_table by name (copyreg is not modelled)', () => {
    const r = new Session().run('print(1)\nfrom copy import dispatch_table\n');
    expect(r.error).toBe(refusal('copy.dispatch_table', 2));
  });

  it.each([
    ['import weakref\nclass A: pass\nx = weakref.WeakSet()', "copying a 'WeakSet' object"],
    ['class A:\n    __slots__ = ("v",)\nx = A()', 'copying an instance of a class with __slots__'],
    [
      'class A:\n    def __reduce__(self): return "A"\nx = A()',
      'copying an object whose class defines __reduce__',
    ],
  ])('refuses what copy.py would reduce in ways not modelled: %s', (setup, what) => {
    const lines = setup.split('\n').length;
    const r = new Session().run(`import copy\n${setup}\ny = copy.deepcopy(x)\n`);
    expect(r.error).toBe(refusal(what, lines + 2));
  });
});
