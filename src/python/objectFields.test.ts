import { describe, expect, it } from 'vitest';
import { hasExtraBlock } from '../engine/slots';
import { Interpreter } from './interpreter';
import './withStandardLibrary';

/**
 * PyObject's fields that only some classes use (the collector's links and counts, a separate
 * block's address) are own fields of those classes' objects alone; the others read the
 * prototype's defaults. A write to one on any other object would still be right, but would give
 * that object a field of its own again: this checks that no path does.
 */
describe('the fields only some objects own', () => {
  it('stay off every object that has no use for them, after a program of every kind', () => {
    const interp = new Interpreter({ sink: () => {}, trackLive: true });
    const result = interp.run(
      `
import gc, weakref, functools, collections
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        pass
a = Node(1); b = Node(2); a.next = b; b.next = a
kept = [Node(i) for i in range(50)]
floats = [i * 0.5 for i in range(50)]
strs = {str(i): (i, str(i)) for i in range(50)}
big = [10**20 + i for i in range(50)]
s = {1, 2, frozenset({3})}
r = weakref.ref(kept[0])
cache = weakref.WeakValueDictionary({1: kept[1]})
d = collections.deque([1, 2, 3])
part = functools.partial(print, 1)
def gen():
    yield 1
g = gen()
next(g)
del a, b
gc.collect()
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
`,
      'exec',
      'fields.py',
    );
    expect(result.ok, result.errorLine ?? '').toBe(true);
    let checked = 0;
    for (const o of interp.heap.live!) {
      expect(Object.hasOwn(o, 'gcHandle'), `${o.type.name} gcHandle`).toBe(o.hasGcFields);
      expect(Object.hasOwn(o, 'extraTag'), `${o.type.name} extraTag`).toBe(
        hasExtraBlock(o.memoryLayout),
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
