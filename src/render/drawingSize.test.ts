import { describe, expect, it } from 'vitest';
import { boxLength, SIZE_STEP } from './drawingSize';

describe('boxLength', () => {
  it('starts at a whole step that holds the drawing', () => {
    expect(boxLength(10, 0)).toBe(SIZE_STEP);
    expect(boxLength(SIZE_STEP + 1, 0)).toBe(2 * SIZE_STEP);
  });

  it('stays put while the drawing changes a little, on either side of a step', () => {
    let box = boxLength(2 * SIZE_STEP - 100, 0);
    for (const extent of [2 * SIZE_STEP - 50, 2 * SIZE_STEP - 300, SIZE_STEP + 10, 2 * SIZE_STEP]) {
      const next = boxLength(extent, box);
      expect(next).toBe(box);
      box = next;
    }
  });

  it('grows as soon as the drawing passes its edge: nothing is ever cut off', () => {
    for (let extent = 1; extent < 20 * SIZE_STEP; extent += 137) {
      expect(boxLength(extent, 3 * SIZE_STEP)).toBeGreaterThanOrEqual(extent);
    }
  });

  it('shrinks once the drawing is more than a step smaller', () => {
    expect(boxLength(500, 5 * SIZE_STEP)).toBe(SIZE_STEP);
    expect(boxLength(3 * SIZE_STEP + 1, 5 * SIZE_STEP)).toBe(5 * SIZE_STEP);
  });
});
