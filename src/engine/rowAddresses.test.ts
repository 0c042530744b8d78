import { describe, expect, it } from 'vitest';
import { RowAddresses } from './rowAddresses';
import { ADDRESS_UNIT } from './eventRowFormat';

describe('RowAddresses', () => {
  it('numbers the drawn objects in their order and tells apart units that share low bits', () => {
    // Units 5, 5 + 2^16 and 5 + 2^20 share the filter's flag; 7 has its own.
    const units = [5, 5 + 2 ** 16, 7, 5 + 2 ** 20];
    const drawn = RowAddresses.numbering(units.map((u) => u * ADDRESS_UNIT));
    units.forEach((u, n) => {
      expect(drawn.valueAtUnit(u)).toBe(n);
      expect(drawn.valueAt(u * ADDRESS_UNIT)).toBe(n);
      expect(drawn.has(u * ADDRESS_UNIT)).toBe(true);
    });
    // Not drawn: behind a set flag (the table answers), and behind a clear one.
    for (const u of [5 + 2 ** 17, 5 + 3 * 2 ** 16, 6, 0, 2 ** 31 - 1])
      expect(drawn.valueAtUnit(u)).toBe(-1);
    // An id that is not a whole number of units is never a row's, but is in the table.
    const odd = RowAddresses.numbering([8 * 1000 + 4]);
    expect(odd.valueAtUnit(1000)).toBe(-1);
    expect(odd.valueAt(8 * 1000 + 4)).toBe(0);
  });
});
