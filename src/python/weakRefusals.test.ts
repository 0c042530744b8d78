/**
 * What a weakref.proxy passes on to its referent in CPython, the operators weakref.py gives its
 * weak sets and dicts, their instance attributes, and gc.get_referents of objects whose references
 * Heapscope keeps otherwise: each refused by name at its line, never a TypeError or AttributeError
 * CPython would not raise, nor a shorter list.
 */
import { describe, expect, it } from 'vitest';
import { Session } from './session';

const SETUP = `import gc, weakref
class Num:
    def __add__(self, o): return 1
    def __getitem__(self, i): return i
    def __iter__(self): return iter([])
    def __neg__(self): return 0
    def __lt__(self, o): return True
    def __index__(self): return 2
n = Num()
p = weakref.proxy(n)
s = weakref.WeakSet([n])
d = weakref.WeakValueDictionary()
def f(): pass
`;
const LINE = SETUP.split('\n').length;

describe('operations Heapscope does not model on weak objects', () => {
  it.each([
    ['p + 1', "the operator '+' on a weakref.proxy"],
    ['p[2]', 'a subscript on a weakref.proxy'],
    ['list(p)', 'iterating on a weakref.proxy'],
    ['-p', "the unary '-' on a weakref.proxy"],
    ['p < 1', "the comparison '<' on a weakref.proxy"],
    ['[1, 2, 3][p]', 'this operation on a weakref.proxy'],
    ['s | s', "the operator '|' on a WeakSet"],
    ['s <= s', "the comparison '<=' on a WeakSet"],
    ['d | {}', "the operator '|' on a WeakValueDictionary"],
    ['d.data', "the attribute 'WeakValueDictionary.data'"],
    ['gc.get_referents(f)', "gc.get_referents of a 'function'"],
    ['gc.get_referents(len)', "gc.get_referents of a 'builtin_function_or_method'"],
    ['gc.get_referents(s)', "gc.get_referents of a 'WeakSet'"],
  ])('refuses %s by name', (statement, construct) => {
    const r = new Session().run(`${SETUP}x = ${statement}\n`);
    expect(r.error).toBe(`NotSupported: ${construct} is not supported by Heapscope (line ${LINE})`);
  });

  it('still raises the TypeErrors CPython raises for a proxy (it names weakref.ProxyType)', () => {
    const r = new Session().run(
      `${SETUP}try:\n    hash(p)\nexcept TypeError as e:\n    print(e)\n`,
    );
    expect(r.ok).toBe(true);
    expect(r.events.filter((e) => e.kind === 'stdout').map((e) => e.text)).toEqual([
      "unhashable type: 'weakref.ProxyType'\n",
    ]);
  });
});
