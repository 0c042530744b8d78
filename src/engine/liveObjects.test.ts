import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LiveObjects, type LiveLinks } from './liveObjects';

interface Item extends LiveLinks {
  readonly n: number;
  freed: boolean;
}
const item = (n: number): Item => ({ n, liveNext: null, livePrev: null, freed: false });

describe('LiveObjects', () => {
  it('keeps allocation order as objects are made and freed, across settling', () => {
    // As the heap uses it: each object added once when made, deleted once when freed (after
    // `freed` is set), and the list walked at any time. Thousands of steps: past the newcomers'
    // array, so that settling happens inside the run as well as when walking.
    const step = fc.oneof(
      { weight: 3, arbitrary: fc.constant<'make'>('make') },
      { weight: 2, arbitrary: fc.nat().map((k) => ({ free: k })) },
      { weight: 1, arbitrary: fc.constant<'walk'>('walk') },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12_000, size: 'max' }), (steps) => {
        const list = new LiveObjects<Item>();
        const alive: Item[] = [];
        let made = 0;
        const expectSame = () => expect([...list].map((i) => i.n)).toEqual(alive.map((i) => i.n));
        for (const s of steps) {
          if (s === 'make') {
            const o = item(made++);
            list.add(o);
            alive.push(o);
          } else if (s === 'walk') {
            expectSame();
          } else if (alive.length > 0) {
            const [o] = alive.splice(s.free % alive.length, 1);
            o!.freed = true;
            list.delete(o!);
            expect(list.has(o!)).toBe(false);
          }
        }
        expectSame();
        for (const o of alive) expect(list.has(o)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('adds an object added twice once, where it first came', () => {
    const [a, b] = [item(1), item(2)];
    const list = new LiveObjects<Item>();
    for (const o of [a, b, a]) list.add(o);
    expect([...list].map((i) => i.n)).toEqual([1, 2]);
    list.add(b);
    expect([...list].map((i) => i.n)).toEqual([1, 2]);
  });

  it('unlinks what it deletes, so a freed object keeps no other alive', () => {
    const [a, b, c] = [item(1), item(2), item(3)];
    const list = new LiveObjects<Item>();
    for (const o of [a, b, c]) list.add(o);
    list.settle();
    b.freed = true;
    list.delete(b);
    expect(b.liveNext).toBeNull();
    expect(b.livePrev).toBeNull();
    expect(a.liveNext).toBe(c);
    expect(c.livePrev).toBe(a);
  });

  it('never links an object freed before it settled', () => {
    const [a, b, c] = [item(1), item(2), item(3)];
    const list = new LiveObjects<Item>();
    for (const o of [a, b, c]) list.add(o);
    b.freed = true;
    list.delete(b);
    list.settle();
    expect(b.liveNext).toBeNull();
    expect(b.livePrev).toBeNull();
    expect(a.liveNext).toBe(c);
  });
});
