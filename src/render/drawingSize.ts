/**
 * The size given to the <svg>. Changing it makes Chromium lay out every text of the drawing again
 * (text counts as "relative lengths": its on-screen font size depends on the viewport), about
 * 55 ms at 500 cards for a change of one pixel. So the box follows the drawing's extent only in
 * steps: it grows to the next step when the drawing passes its edge and shrinks only when the
 * drawing falls more than a step short of it, so a card coming or going at the edge changes
 * nothing. The drawing's own extent is kept apart (zoom to fit uses it, and scrolling: see
 * `scrollPan`).
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

/**
 * How far (in screen pixels) to pan for a scroll of the viewport by `scroll`: no further than a
 * scroll over the drawing alone could go, i.e. until the drawing's end (`extent`, drawn at
 * `offset` and scale `k`) reaches the view's edge (`view`, the viewport's size). The <svg> box
 * reaches past the drawing, so the browser may scroll into its empty part (a scroll that aligns
 * a card with the view's edge): that part of the scroll is dropped.
 */
export function scrollPan(scroll: number, offset: number, k: number, extent: number, view: number) {
  return Math.min(scroll, Math.max(0, offset + extent * k - view));
}
