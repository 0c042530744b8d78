/**
 * Python that CPython 3.11 reads differently from how lezer parses it: refused before anything
 * runs, never answered with a different result.
 */
import { describe, expect, it } from 'vitest';
import { Session } from './session';

const refusal = (construct: string, line: number) =>
  `NotSupported: ${construct} is not supported by Heapscope (line ${line})`;

function refused(source: string): { error: string | null; printed: string } {
  const r = new Session().run(source);
  return {
    error: r.error,
    printed: r.output
      .filter((c) => c.stream === 'stdout')
      .map((c) => c.text)
      .join(''),
  };
}

describe('chained identity and membership tests', () => {
  // CPython: `a is b is c` is `a is b and b is c` (True here), not `(a is b) is c`.
  it.each(['x is x is x', '1 in [1] in [[1]]', 'x is not None is not None', 'x is x == x'])(
    'refuses %s instead of comparing the wrong pairs',
    (chain) => {
      expect(refused(`x = [1]\nprint('ran')\nprint(${chain})`)).toEqual({
        error: refusal('chained identity or membership tests', 3),
        printed: '',
      });
    },
  );
});

describe('f-string fields that are syntax errors before Python 3.12', () => {
  it.each(['f"{"x"}"', "f'{'x'}'", 'f"""{"""x"""}"""', 'f"{\'\\n\'}"'])('refuses %s', (fstring) => {
    expect(refused(`print('ran')\nprint(${fstring})`)).toEqual({
      error: refusal('an f-string field holding its own quote or a backslash (3.12 syntax)', 2),
      printed: '',
    });
  });
});

describe("a starred target in a comprehension's for clause", () => {
  // CPython runs these; lezer cannot read the star there (a statement's `for a, *r in` it reads).
  it.each([
    'print([r for a, *r in xs])',
    'print({a: r for a, *r in xs})',
    'print(list(r for *r, a in xs))',
  ])('refuses %s before anything runs', (line) => {
    expect(refused(`xs = [(1, 2, 3)]\nprint('ran')\n${line}`)).toEqual({
      error: refusal("a starred target in a comprehension's 'for' without parentheses", 3),
      printed: '',
    });
  });
});

describe("a starred item after a for statement's in", () => {
  // CPython runs it (3.9+); lezer cannot read it.
  it('refuses for x in a, *rest: before anything runs', () => {
    expect(refused(`xs = [1]\nprint('ran')\nfor x in xs, *xs:\n    print(x)\n`)).toEqual({
      error: refusal("a starred item after a 'for' statement's 'in'", 3),
      printed: '',
    });
  });
});
