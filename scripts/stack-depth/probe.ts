/**
 * How deep Python recursion goes before RecursionError, for common shapes of recursive code, with
 * the default limit (CPython 3.11 reaches the depth in brackets) and with no limit (then the
 * JavaScript stack decides: the stack guard raises RecursionError before it runs out). Bundled and
 * run by stack-depth.mjs in Node and in a Chromium worker; `measure()` returns the report.
 */
import { Interpreter } from '../../src/python/interpreter';
import '../../src/python/withStandardLibrary';

const SHAPES: Record<string, [source: string, cpython: number]> = {
  plain: ['n = 0\ndef f(k):\n    global n\n    n = k\n    f(k + 1)\nf(0)\n', 998],
  'return f()+1': [
    'n = 0\ndef f(k):\n    global n\n    n = k\n    return f(k + 1) + 1\nf(0)\n',
    998,
  ],
  'in an if': [
    'n = 0\ndef f(k):\n    global n\n    n = k\n    if k >= 0:\n        return f(k + 1) + 1\n    return 0\nf(0)\n',
    998,
  ],
  'if/for/try': [
    'n = 0\ndef f(k):\n    global n\n    n = k\n    if k >= 0:\n        for i in range(1):\n            try:\n                return f(k + 1)\n            finally:\n                pass\nf(0)\n',
    998,
  ],
  method: [
    'n = 0\nclass A:\n    def m(self, k):\n        global n\n        n = k\n        return self.m(k + 1)\nA().m(0)\n',
    998,
  ],
  __repr__: [
    'n = 0\nclass A:\n    def __repr__(self):\n        global n\n        n += 1\n        return repr(self)\nrepr(A())\n',
    333,
  ],
  __str__: [
    'n = 0\nclass A:\n    def __str__(self):\n        global n\n        n += 1\n        return str(self)\nstr(A())\n',
    495,
  ],
  __eq__: [
    'n = 0\nclass A:\n    def __eq__(self, o):\n        global n\n        n += 1\n        return self == o\nA() == A()\n',
    499,
  ],
  __init__: [
    'n = 0\nclass A:\n    def __init__(self):\n        global n\n        n += 1\n        A()\nA()\n',
    499,
  ],
};

function depth(source: string): [number, string | null] {
  const interp = new Interpreter({ recordEvents: false, trackLive: false, sink: () => {} });
  const r = interp.run(source, 'exec', 'x.py');
  const n = interp.heap.dictGet(interp.main.dict, interp.key('n'));
  return [Number((n as unknown as { value: number }).value), r.errorLine];
}

export function measure(): string {
  const rows = ['shape            default limit (CPython)   no limit   error'];
  for (const [name, [source, cpython]] of Object.entries(SHAPES)) {
    const [atLimit] = depth(source);
    const [free, error] = depth('import sys\nsys.setrecursionlimit(1000000)\n' + source);
    rows.push(
      `${name.padEnd(16)} ${String(atLimit).padStart(5)} (${cpython})${' '.repeat(14)}${String(free).padStart(6)}     ${error}`,
    );
  }
  return rows.join('\n');
}

(globalThis as { measure?: () => string }).measure = measure;
