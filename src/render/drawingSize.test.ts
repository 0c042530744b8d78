import { describe, expect, it } from 'vitest';
import { boxLength, scrollPan, SIZE_STEP } from './drawingSize';

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

describe('scrollPan', () => {
  it('pans the whole scroll while the drawing goes on past the view', () => {
    // A drawing 3,000 wide in a view 600 wide, not panned yet: a card at 1,000 scrolled in view.
    expect(scrollPan(700, 0, 1, 3000, 600)).toBe(700);
  });

  it('drops a scroll into the empty part of the <svg> box past the drawing', () => {
    // Two cards, all in view (480 wide in 666): a forced scroll must not pan them away.
    expect(scrollPan(111, 0, 1, 480, 666)).toBe(0);
    // Panned already to 400 of a 1,000 drawing: 400 more would be past its end at the edge.
    expect(scrollPan(400, -400, 1, 1000, 400)).toBe(200);
  });

  it('counts the drawing at its zoom', () => {
    expect(scrollPan(500, 0, 0.5, 2000, 600)).toBe(400);
  });
});
