/**
 * The late parts of the core (lateCore.ts) load with the library, after the page's worker has run
 * the app's setup: the setup must never reach them, and the core's names for them must be theirs.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../engine';
import { PRELUDE } from '../store/prelude';
import { SessionHost } from '../worker/host';
import { PAGE_LIMITS } from '../worker/limits';
import { CORE_FUNCTIONS } from './builtinFunctions';
import { CORE_FUNCTION_NAMES } from './builtins';
import { CORE_METHODS } from './coreMethods';
import type { Library } from './library';
import { CORE_METHOD_NAMES } from './methods';
import { STANDARD_LIBRARY } from './standardLibrary';

/** Statements that reach every late part: methods, repr, items, calls, generators, ... */
const STATEMENTS = [
  'a = [1, 2]',
  'a.append(3)',
  "print(a, repr('x'), str(1.5), a.pop(), a)",
  "d = {'k': a}",
  "d['j'] = d['k'][0:2]",
  "del d['k']",
  'def g(n, *rest, k=1):\n    yield n\n    yield k',
  'print(list(g(1, 2, k=3)), next(g(4)))',
  'print(len(a), isinstance(a, list), 7 / 2, 2.0 ** 3, -7 // 2.0, 7 % -2.0)',
  "print(list(enumerate('ab')), list(zip(a, a)))",
  'class P:\n    @property\n    def x(self):\n        return 1\n    @staticmethod\n    def s():\n        return 2',
  'p = P()',
  'print(p.x, P.s(), p.s)',
  'import sys, gc',
  'print(sys.getrefcount(p), gc.collect())',
  'try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e.__traceback__.tb_lineno)',
  'class Q:\n    def __new__(cls):\n        return object.__new__(cls)',
  'q = Q()',
  "def f():\n    pass\nf.__doc__ = 'x'",
  'print(f.__doc__, f.__module__, type(q).__name__, q in {q})',
  "n1 = Node('n1'); f1 = Finalized('f1')",
  'del f1',
];

const PROFILES: readonly (ProfileName | undefined)[] = [undefined, '2.7', '3.11', '3.12'];

function started(profile: ProfileName | undefined, library: () => Library | null) {
  const host = new SessionHost({ ...PAGE_LIMITS, library });
  const result = host.start({ setup: PRELUDE, history: [], position: 0, profile });
  return { host, result };
}

describe("the core's late parts", () => {
  it.each(PROFILES)('are not reached by the setup (profile %s)', (profile) => {
    const { result } = started(profile, () => null);
    for (const outcome of result.setup) {
      expect(outcome.ok, outcome.error ?? '').toBe(true);
      expect(outcome.output).toEqual([]);
    }
  });

  it.each(PROFILES)(
    'make the same session when they come after the setup (profile %s)',
    (profile) => {
      let library: Library | null = null;
      const late = started(profile, () => library).host;
      library = STANDARD_LIBRARY;
      late.libraryLoaded();
      const early = started(profile, () => STANDARD_LIBRARY).host;
      for (const source of STATEMENTS) {
        const a = late.run(source, 'console');
        const b = early.run(source, 'console');
        // (2.7 refuses generators; every other statement runs in every profile.)
        if (profile !== '2.7') expect(a.outcome.ok, `${source}: ${a.outcome.error}`).toBe(true);
        expect(JSON.stringify(a), source).toBe(JSON.stringify(b));
      }
    },
  );

  it("has a body for each of the core's method names, in their order", () => {
    expect(Object.keys(CORE_METHODS)).toEqual(Object.keys(CORE_METHOD_NAMES));
    for (const [type, names] of Object.entries(CORE_METHOD_NAMES))
      expect(Object.keys(CORE_METHODS[type]!), type).toEqual(names);
  });

  it("has a body for each of the core's built-in functions", () => {
    expect(Object.keys(CORE_FUNCTIONS)).toEqual(CORE_FUNCTION_NAMES);
  });
});
