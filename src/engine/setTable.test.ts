import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SetTable } from './setTable';

describe('SetTable.remove', () => {
  it('finds each member along its probe sequence, through collisions, dummies and resizes', () => {
    // Hashes that are multiples of 1024 share their first slots in every table up to 1024 slots;
    // small ones spread. Members are objects, removed by identity with the hash they were added
    // with, as heap.setDiscard removes them.
    const step = fc.tuple(fc.boolean(), fc.nat({ max: 300 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(step, { maxLength: 3_000, size: 'max' }), (steps) => {
        const table = new SetTable<{ n: number }>();
        const members = new Map<number, { n: number }>();
        const hashOf = (n: number, colliding: boolean) => BigInt(colliding ? n * 1024 : n);
        const colliding = new Map<number, boolean>();
        for (const [add, n, collide] of steps) {
          const member = members.get(n);
          if (add && !member) {
            const key = { n };
            colliding.set(n, collide);
            table.add(key, hashOf(n, collide));
            members.set(n, key);
          } else if (!add && member) {
            table.remove(member, hashOf(n, colliding.get(n)!));
            members.delete(n);
          }
        }
        expect(table.used).toBe(members.size);
        expect(new Set(table.keys())).toEqual(new Set(members.values()));
      }),
      { numRuns: 60 },
    );
  });
});
