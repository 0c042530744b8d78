import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Allocator } from './allocator';
import { decodeAddress, encodeAddress } from './addressCode';
import { Heap } from './heap';

/** A code V8 keeps in a field without boxing it: a whole number in int32's range. */
function isSmallInteger(code: number): boolean {
  return Number.isInteger(code) && (code | 0) === code;
}

describe('addresses kept as small integers', () => {
  it('every address the allocators give codes to a small integer, and back', () => {
    const a = new Allocator();
    const addresses: number[] = [];
    // pymalloc's size classes, the large blocks past 512 bytes, the type free lists (which
    // start with the start-up objects' addresses), and the static objects.
    for (let i = 0; i < 5000; i++) addresses.push(a.malloc(1 + ((i * 37) % 4000)));
    for (let list = 0; list < 8; list++)
      for (let i = 0; i < 60; i++) addresses.push(a.allocFrom(list, 56));
    for (let i = 0; i < 100; i++) addresses.push(a.staticAddress(24 + i));
    for (const address of addresses) {
      const code = encodeAddress(address);
      expect(isSmallInteger(code), `code of ${address.toString(16)}`).toBe(true);
      expect(code).not.toBe(0);
      expect(decodeAddress(code)).toBe(address);
    }
  });

  it('any other number an address can be (0, or 2^31 and above) comes back as it was', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 2 ** 31, max: 2 ** 53 - 1 }),
          fc.double({ min: 2 ** 31, noNaN: true }),
          fc.constantFrom(0x7f3a9b000004, 0x55d4e7a00001, 0x7f3a9b000000 + 2 ** 33, 0),
        ),
        (address) => {
          expect(decodeAddress(encodeAddress(address))).toBe(address);
        },
      ),
    );
  });

  it("objects' ids are what the allocator handed out, static ones the serial's", () => {
    const heap = new Heap();
    const tracked = heap.newList([]);
    const interned = heap.internedStr('an interned name');
    expect(tracked.pyId).toBeGreaterThan(2 ** 40);
    expect(tracked.pyId % 16).toBe(0);
    expect(interned.pyId).toBeGreaterThan(2 ** 40);
    expect(interned.pyId).not.toBe(tracked.pyId);
    expect(isSmallInteger(tracked.address)).toBe(true);
  });
});
