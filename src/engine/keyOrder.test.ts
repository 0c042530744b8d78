import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeyOrder } from './keyOrder';
import type { PyObject } from './objects';

describe('KeyOrder', () => {
  it('keeps the order an array would, through pushes, removals, moves to either end and clears', () => {
    const keys = Array.from({ length: 40 }, (_, i) => ({ n: i }) as unknown as PyObject);
    const step = fc.oneof(
      { weight: 4, arbitrary: fc.nat(39).map((k) => ({ op: 'push' as const, k })) },
      { weight: 2, arbitrary: fc.nat(39).map((k) => ({ op: 'remove' as const, k })) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.nat(39), fc.boolean())
          .map(([k, last]) => ({ op: 'move' as const, k, last })),
      },
      { weight: 1, arbitrary: fc.constant({ op: 'clear' as const, k: 0 }) },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 2_000, size: 'max' }), (steps) => {
        const order = new KeyOrder();
        let model: PyObject[] = [];
        for (const s of steps) {
          const key = keys[s.k]!;
          const at = model.indexOf(key);
          if (s.op === 'push') {
            // As the dict adds them: a key only once.
            if (at >= 0) continue;
            order.push(key);
            model.push(key);
          } else if (s.op === 'remove') {
            order.remove(key);
            if (at >= 0) model.splice(at, 1);
          } else if (s.op === 'move') {
            if (at < 0) continue;
            order.moveToEnd(key, s.last);
            model.splice(at, 1);
            if (s.last) model.push(key);
            else model.unshift(key);
          } else {
            order.clear();
            model = [];
          }
          expect(order.length).toBe(model.length);
          expect(order.first?.key).toBe(model[0]);
          expect(order.last?.key).toBe(model[model.length - 1]);
        }
        expect(order.keys()).toEqual(model);
        // Walked back from the end, the links agree.
        const back: PyObject[] = [];
        for (let n = order.last; n; n = n.prev) back.push(n.key);
        expect(back.reverse()).toEqual(model);
      }),
      { numRuns: 80 },
    );
  });
});
