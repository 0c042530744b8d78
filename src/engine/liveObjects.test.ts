import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LiveObjects, type LiveLinks } from './liveObjects';

interface Item extends LiveLinks {
  readonly n: number;
}
const item = (n: number): Item => ({ n, liveNext: null, livePrev: null });

describe('LiveObjects', () => {
  it('keeps allocation order through any adds and deletes, as a Set does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 19 })), { maxLength: 200 }),
        (ops) => {
          const items = Array.from({ length: 20 }, (_, n) => item(n));
          const list = new LiveObjects<Item>();
          const set = new Set<Item>();
          for (const [adding, n] of ops) {
            const o = items[n]!;
            if (adding) {
              list.add(o);
              set.add(o);
            } else {
              list.delete(o);
              set.delete(o);
            }
            expect([...list].map((i) => i.n)).toEqual([...set].map((i) => i.n));
            expect(list.size).toBe(set.size);
            for (const i of items) expect(list.has(i)).toBe(set.has(i));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('unlinks what it deletes, so a freed object keeps no other alive', () => {
    const [a, b, c] = [item(1), item(2), item(3)];
    const list = new LiveObjects<Item>();
    for (const o of [a, b, c]) list.add(o);
    list.delete(b);
    expect(b.liveNext).toBeNull();
    expect(b.livePrev).toBeNull();
    expect(a.liveNext).toBe(c);
    expect(c.livePrev).toBe(a);
  });
});
