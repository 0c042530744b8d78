import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from './heap';
import { PyStr } from './objects';
import { strLength } from './sizes';

describe('strLength (len of a str)', () => {
  it("counts a str's code points as spreading it does, whatever its kind", () => {
    const h = new Heap();
    // Any UTF-16 text: ASCII, Latin-1, the BMP, pairs for astral characters, lone surrogates.
    const text = fc.oneof(
      fc.string({ unit: 'grapheme-ascii' }),
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const made = h.newStr(s);
        expect(strLength(made)).toBe([...s].length);
        // A str whose kind was never worked out is counted character by character.
        expect(strLength(new PyStr(8, h.types.str, s))).toBe([...s].length);
      }),
      { numRuns: 500 },
    );
  });
});
