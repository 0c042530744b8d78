import { describe, expect, it } from 'vitest';
import { runScript } from '../../cli/main';
import { Session } from '../session';

/** The message a refused construct ends a run with. */
const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

const run = (source: string) => new Session().run(source);

/** What a run printed. */
const stdout = (r: ReturnType<typeof run>) =>
  r.events.map((e) => (e.kind === 'stdout' ? e.text : '')).join('');

describe('collections.namedtuple', () => {
  it('makes a tuple subclass whose instances are tuples holding their class', () => {
    const r = run(
      [
        'import sys, gc',
        'from collections import namedtuple',
        "P = namedtuple('P', 'x y')",
        'a = sys.getrefcount(P)',
        'p = P(1, [])',
        'print(p, a, sys.getrefcount(P), gc.get_referents(p), gc.is_tracked(P(1, 2)))',
        'del p',
        'print(sys.getrefcount(P))',
      ].join('\n'),
    );
    expect(r.error).toBeNull();
    expect(stdout(r)).toBe("P(x=1, y=[]) 3 4 [<class '__main__.P'>, [], 1] True\n3\n");
  });

  it.each(['2.7', '3.12'] as const)('is refused by name in the %s profile', (profile) => {
    const r = runScript(
      'import collections\nP = collections.namedtuple("P", "x")\n',
      'p.py',
      profile,
    );
    expect(r.stderr).toBe(`${refusal('collections.namedtuple', 2)}\n`);
  });

  it.each([
    [
      'class Q(P):\n    pass',
      "a subclass of a named tuple with a __dict__ ('Q': each class needs __slots__ = ())",
    ],
    [
      'class Q(P):\n    __slots__ = ()\n    def __eq__(self, other): return True',
      "'__eq__' in a subclass of a named tuple",
    ],
    [
      'class Q(P):\n    __slots__ = ()\n    def __len__(self): return 0',
      "'__len__' in a subclass of a named tuple",
    ],
    [
      "class Q(P):\n    __slots__ = ('z',)",
      '__slots__ other than () in a subclass of a named tuple',
    ],
    [
      'class M:\n    def __hash__(self): return 0\nclass Q(P, M):\n    __slots__ = ()',
      "a subclass of a named tuple with a __dict__ ('Q': each class needs __slots__ = ())",
    ],
  ])('refuses a subclass whose instances it would not model: %s', (body, what) => {
    const setup = `from collections import namedtuple\nP = namedtuple('P', 'x y')\n${body}\n`;
    // The line of `q = Q(1, 2)`: the instance is refused, not the class.
    const line = setup.split('\n').length + 1;
    const r = run(`${setup}print('made')\nq = Q(1, 2)\n`);
    expect(r.error).toBe(refusal(what, line));
  });

  it('leaves no object of its own on a fresh heap but the interpreter’s', () => {
    const s = new Session();
    s.run('x = 1');
    expect(
      s
        .snapshot()
        .objects.filter((o) => !o.interned)
        .map((o) => o.type),
    ).toEqual([]);
  });
});

describe('printf-style formatting', () => {
  it.each([
    ["'%d' % C()", "'%d' of an object with __int__ or __index__"],
    ["'%f' % C()", 'a float conversion of an object with __float__ or __index__'],
    ["'%c' % 0xd800", "'%c' of a surrogate"],
  ])('refuses what it would not convert as CPython does: %s', (expr, what) => {
    const r = run(
      `class C:\n    def __int__(self):\n        return 1\n    __float__ = __int__\n\ny = ${expr}\n`,
    );
    expect(r.error).toBe(refusal(what, 6));
  });

  it('formats flags, widths, precisions and mapping keys (conformance/str_percent_format.py has the rest)', () => {
    const r = run(
      "print('%s %r %d 100%% %05.1f|%-4x|%#o' % ('a', 'b', 3, -2.25, 255, 8), '%(k)3s' % {'k': 'v'})",
    );
    expect(stdout(r)).toBe("a 'b' 3 100% -02.2|ff  |0o10   v\n");
  });
});
