import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from './heap';
import { PyStr } from './objects';
import { strChars, strLength } from './strChars';

describe("a str's characters", () => {
  it('are its code points, as spreading its text gives them, whatever its kind', () => {
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
        const points = [...s];
        // A str whose kind was never worked out is split into its code points.
        for (const str of [h.newStr(s), new PyStr(8, h.types.str, s)]) {
          expect(strLength(str)).toBe(points.length);
          const chars = strChars(str);
          // Read by index, as the interpreter reads them (Array.from would split a string itself).
          expect(Array.from({ length: chars.length }, (_, i) => chars[i])).toEqual(points);
        }
      }),
      { numRuns: 500 },
    );
  });
});
