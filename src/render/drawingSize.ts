/**
 * The size given to the <svg>. Changing it makes Chromium lay out every text of the drawing again
 * (text counts as "relative lengths": its on-screen font size depends on the viewport), about
 * 55 ms at 500 cards for a change of one pixel. So the box follows the drawing's extent only in
 * steps: it grows to the next step when the drawing passes its edge and shrinks only when the
 * drawing falls more than a step short of it, so a card coming or going at the edge changes
 * nothing. The drawing's own extent is kept apart (zoom to fit uses it).
 */

/** Granularity of the <svg> box, in canvas units. */
export const SIZE_STEP = 1024;

/** The length (width or height) to give the box, given the drawing's extent and the current box. */
export function boxLength(extent: number, current: number): number {
  const fitted = Math.max(SIZE_STEP, Math.ceil(extent / SIZE_STEP) * SIZE_STEP);
  if (fitted > current) return fitted;
  if (fitted < current - SIZE_STEP) return fitted;
  return current;
}
