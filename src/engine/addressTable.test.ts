import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AddressTable } from './addressTable';
import { Int32List } from './grownArray';

describe('AddressTable', () => {
  it('answers as a Map does, for addresses of every size and keys that share their low bits', () => {
    // Serial addresses (multiples of 8, dense), addresses past 2^32 whose low 32 bits collide
    // with small ones, and condensing's keys (an address times 4 plus a kind), set and read in
    // any order: past several rehashes of the table.
    const key = fc.oneof(
      fc.nat({ max: 50_000 }).map((n) => n * 8),
      fc.nat({ max: 50 }).map((n) => n * 2 ** 32 + 8 * (n % 4)),
      fc.tuple(fc.nat({ max: 5_000 }), fc.nat({ max: 2 })).map(([n, k]) => n * 32 + k),
      fc.constant(2 ** 53 - 1),
      fc.constant(0),
    );
    const step = fc.tuple(fc.boolean(), key, fc.nat({ max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 5_000, size: 'max' }), (steps) => {
        const table = new AddressTable();
        const map = new Map<number, number>();
        for (const [write, k, v] of steps) {
          if (write) {
            table.set(k, v);
            map.set(k, v);
          } else {
            expect(table.has(k)).toBe(map.has(k));
            expect(table.get(k)).toBe(map.get(k) ?? -1);
          }
        }
        expect(table.size).toBe(map.size);
        const seen = new Map<number, number>();
        table.forEach((k, v) => seen.set(k, v));
        expect(seen).toEqual(map);
      }),
      { numRuns: 60 },
    );
  });

  it('is made from a list of addresses, each with the value 0', () => {
    const table = AddressTable.of([8, 2 ** 40, 16, 8]);
    expect(table.size).toBe(3);
    expect([8, 16, 2 ** 40].map((a) => table.get(a))).toEqual([0, 0, 0]);
    expect(table.has(24)).toBe(false);
    expect(table.get(24, -7)).toBe(-7);
  });
});

describe('Int32List', () => {
  it('keeps every value pushed, in order, as it grows', () => {
    const list = new Int32List();
    const expected: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const v = (i * 2654435761) | 0;
      list.push(v);
      expected.push(v);
    }
    expect(list.length).toBe(expected.length);
    expect([...list.items.subarray(0, list.length)]).toEqual(expected);
  });
});
