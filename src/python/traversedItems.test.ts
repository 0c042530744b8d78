import { describe, expect, it } from 'vitest';
import { traverse, traversedItems, isPlainTuple, PyTuple, type PyObject } from '../engine';
import { Interpreter } from './interpreter';
import './withStandardLibrary';

/**
 * The collector walks lists and plain tuples by their items (traversedItems) instead of calling
 * their tp_traverse: the two must visit the same objects in the same order, for every object of
 * a varied heap, and the tuples untrack_tuples looks at must be the plain tuples.
 */
describe("the collector's walk of a list's or a plain tuple's items", () => {
  it('visits what tp_traverse visits, for every object of a program of every kind', () => {
    const interp = new Interpreter({ sink: () => {}, trackLive: true });
    const result = interp.run(
      `
import collections
Point = collections.namedtuple('Point', 'x y')
class Node:
    def __init__(self, v):
        self.v = v
points = [Point(i, [i]) for i in range(20)]
pairs = [(i, Node(i), [i, (i,)]) for i in range(20)]
nested = [[[], ()], ({1: [2]}, {3, 4}), 'text', 1.5, 10**30]
od = collections.OrderedDict(a=[1], b=(2,))
dq = collections.deque([[1], (2, 3)])
`,
      'exec',
      'walk.py',
    );
    expect(result.ok, result.errorLine ?? '').toBe(true);
    let walked = 0;
    let namedTuples = 0;
    for (const o of interp.heap.live!) {
      const items = traversedItems(o);
      if (o instanceof PyTuple && o.type.isHeapType) namedTuples++;
      expect(isPlainTuple(o), o.type.name).toBe(o instanceof PyTuple && !o.type.isHeapType);
      if (items === null) continue;
      const visited: PyObject[] = [];
      traverse(o, (t) => visited.push(t));
      expect([...items].reverse()).toEqual(visited);
      walked++;
    }
    expect(walked).toBeGreaterThan(100);
    expect(namedTuples).toBeGreaterThan(10);
  });
});
