import { describe, expect, it } from 'vitest';
import { Session } from './session';

/** The message a refused construct ends a run with. */
const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

describe('members of gc that CPython has and Heapscope does not run', () => {
  const cases: [string, string][] = [
    ['gc', 'get_objects'],
    ['gc', 'get_stats'],
    ['gc', 'get_freeze_count'],
  ];

  it.each(cases)(
    'refuses %s.%s on the line that uses it, not with an AttributeError',
    (m, name) => {
      const s = new Session();
      const r = s.run(`import ${m}\nx = 1\ny = ${m}.${name}\n`);
      expect(r.ok).toBe(false);
      expect(r.error).toBe(refusal(`${m}.${name}`, 3));
    },
  );

  it.each(cases)('refuses `from %s import %s` before the program runs', (m, name) => {
    const s = new Session();
    const r = s.run(`print('ran')\nfrom ${m} import ${name}\n`);
    expect(r.error).toBe(refusal(`${m}.${name}`, 2));
    expect(r.events.filter((e) => e.kind === 'stdout')).toEqual([]);
  });

  it('still raises AttributeError for a name the module does not have in CPython either', () => {
    const s = new Session();
    const r = s.run('import gc\ngc.no_such_thing\n');
    expect(r.error).toContain("AttributeError: module 'gc' has no attribute 'no_such_thing'");
  });

  it('refuses WeakMethod.__callback__, whose closure CPython shows as a Python function', () => {
    const s = new Session();
    const r = s.run(
      'import weakref\nclass C:\n    def m(self):\n        pass\nc = C()\nw = weakref.WeakMethod(c.m)\nw.__callback__\n',
    );
    expect(r.error).toBe(refusal('WeakMethod.__callback__', 7));
  });
});
