import { describe, expect, it } from 'vitest';
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { analyzeScopes, scopeKey } from './scopes';

/** The layout of every scope, keyed by the first line of its node's text. */
function layouts(source: string): Record<string, { cells: string[]; frees: string[] }> {
  const parsed = { tree: parser.parse(source) };
  const text = (n: SyntaxNode) => source.slice(n.from, n.to);
  const result = analyzeScopes(
    parsed.tree.topNode,
    text,
    () => 1,
    (msg) => new Error(msg),
  );
  const out: Record<string, { cells: string[]; frees: string[] }> = {};
  parsed.tree.iterate({
    enter(ref) {
      const l = result.get(scopeKey(ref.node));
      if (l && ref.name !== 'Script')
        out[text(ref.node).split('\n')[0]!] = { cells: [...l.cells], frees: [...l.frees] };
    },
  });
  return out;
}

describe('scope analysis', () => {
  it('makes a captured local a cell of its function and a free variable of the reader', () => {
    const l = layouts('def f(a):\n  b = 1\n  c = 2\n  def g():\n    return b + a\n  return g\n');
    expect(l['def f(a):']).toEqual({ cells: ['a', 'b'], frees: [] });
    expect(l['def g():']).toEqual({ cells: [], frees: ['a', 'b'] });
  });

  it('passes a free variable through a middle function that does not use it', () => {
    const l = layouts(
      'def f():\n  x = 1\n  def g():\n    def h():\n      return x\n    return h\n',
    );
    expect(l['def f():']!.cells).toEqual(['x']);
    expect(l['def g():']!.frees).toEqual(['x']);
    expect(l['def h():']!.frees).toEqual(['x']);
  });

  it('resolves globals, nonlocals, keyword names and decorator attributes', () => {
    const src =
      'def f():\n  x = 1\n  y = 2\n  k = 3\n  def g():\n    global y\n    nonlocal x\n    x = y\n' +
      '    print(k=1)\n    @x.y\n    def h(): pass\n  return g\n';
    const l = layouts(src);
    expect(l['def f():']).toEqual({ cells: ['x'], frees: [] });
    expect(l['def g():']).toEqual({ cells: [], frees: ['x'] });
  });

  it('sees lambdas and comprehensions as scopes; the first iterable belongs outside', () => {
    const l = layouts('def f(n, xs):\n  return [lambda: n for n in xs], (lambda: xs)\n');
    expect(l['def f(n, xs):']).toEqual({ cells: ['xs'], frees: [] });
    expect(l['[lambda: n for n in xs]']).toEqual({ cells: ['n'], frees: [] });
    expect(l['lambda: n']).toEqual({ cells: [], frees: ['n'] });
  });

  it("gives a class body the cells its methods need and reads the function's own", () => {
    const src =
      'def f():\n  a = 1\n  b = 2\n  class C:\n    b = 3\n    c = a\n    def m(self):\n      return b\n';
    const result = analyzeScopes(
      parser.parse(src).topNode,
      (n) => src.slice(n.from, n.to),
      () => 1,
      (msg) => new Error(msg),
    );
    const cls = [...result.values()].find((l) => l.classDerefs);
    expect(cls).toEqual({ cells: [], frees: ['a', 'b'], classDerefs: ['a'] });
  });

  it('refuses a nonlocal without a binding', () => {
    expect(() => layouts('def f():\n  nonlocal q\n')).toThrow("no binding for nonlocal 'q' found");
  });
});
