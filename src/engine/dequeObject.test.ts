import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from './heap';
import { PyDeque } from './dequeObject';
import type { PyObject } from './objects';

type Step =
  | { op: 'push' | 'unshift'; value: number }
  | { op: 'pop' | 'shift' | 'reverse' | 'takeAll' }
  | { op: 'setAt'; at: number; value: number };

describe("a deque's ring of items", () => {
  it('holds what an array given the same changes holds, through growth and wrapping', () => {
    const h = new Heap();
    // Objects to move in and out (the ring only stores them: no reference is counted here).
    const objects: PyObject[] = Array.from({ length: 50 }, (_, i) => h.newInt(1000 + i));
    const value = fc.integer({ min: 0, max: objects.length - 1 });
    const step: fc.Arbitrary<Step> = fc.oneof(
      // More in than out, so that the ring grows past its first 8 slots and wraps around.
      { weight: 12, arbitrary: fc.record({ op: fc.constantFrom('push', 'unshift'), value }) },
      { weight: 8, arbitrary: fc.record({ op: fc.constantFrom('pop', 'shift') }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('reverse') }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('takeAll') }) },
      { weight: 2, arbitrary: fc.record({ op: fc.constant('setAt'), at: fc.nat(), value }) },
    ) as fc.Arbitrary<Step>;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300, size: 'max' }), (steps) => {
        const d = new PyDeque(8, h.types.object, null);
        const model: PyObject[] = [];
        for (const s of steps) {
          switch (s.op) {
            case 'push':
              d.push(objects[s.value]!);
              model.push(objects[s.value]!);
              break;
            case 'unshift':
              d.unshift(objects[s.value]!);
              model.unshift(objects[s.value]!);
              break;
            case 'pop':
            case 'shift':
              if (model.length === 0) break;
              expect(d[s.op]()).toBe(model[s.op]());
              break;
            case 'reverse':
              d.reverse();
              model.reverse();
              break;
            case 'takeAll':
              expect(d.takeAll()).toEqual(model.splice(0));
              break;
            case 'setAt':
              if (model.length === 0) break;
              d.setAt(s.at % model.length, objects[s.value]!);
              model[s.at % model.length] = objects[s.value]!;
              break;
          }
          expect(d.length).toBe(model.length);
        }
        expect(d.items).toEqual(model);
        expect(Array.from({ length: d.length }, (_, i) => d.at(i))).toEqual(model);
        const visited: PyObject[] = [];
        d.traverse((o) => visited.push(o));
        expect(visited).toEqual(model);
      }),
      { numRuns: 500 },
    );
  });
});
