/**
 * Bringing boxes into view: the pan (and, only if it must, the zoom out) that puts the boxes a
 * step talks about inside the visible part of the canvas, moving the view as little as it can.
 *
 * - Boxes already visible (inside the view, and not under controls floating over it) leave it
 *   where it is: no jitter between steps.
 * - Otherwise the scale stays, unless the boxes cannot all fit at it: then the view zooms out
 *   just enough, never below `minScale` (a readable size; if the view is already smaller than
 *   that, it stays so). It never zooms in.
 * - If they cannot all fit even then, the first boxes (the most important, by the caller's order)
 *   are brought in, as many as fit together.
 * - Boxes brought in get a margin from the edges (and from the floating controls).
 * - The pan is the least that brings them in on each axis, measured from the view as it is (at a
 *   new scale, from the view with the same centre); a box bigger than the view is aligned with
 *   its top (or left) edge, where its header is.
 *
 * Pure geometry in canvas units and screen pixels; zoom.ts applies it.
 */
import type { Box } from './geometry';

/** A d3-zoom transform: screen = canvas × k + (x, y). */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Room kept between the boxes and each edge of the view, in screen pixels. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface RevealOptions {
  /** Room kept between the boxes brought into view and the edges of what is visible. */
  readonly margin: number | Margins;
  /**
   * The parts of the view that controls floating over it cover, from each edge: what is under
   * them is not visible. None unless given.
   */
  readonly covered?: Margins;
  /** The smallest scale the view may zoom out to in order to fit the boxes. */
  readonly minScale: number;
}

const NO_MARGINS: Margins = { top: 0, right: 0, bottom: 0, left: 0 };

/** The union of `boxes` (which must not be empty). */
export function unionBox(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Margins as given, each at most a quarter of the view's size (a small view keeps room). */
export function marginsIn(margin: number | Margins, view: { w: number; h: number }): Margins {
  const m =
    typeof margin === 'number'
      ? { top: margin, right: margin, bottom: margin, left: margin }
      : margin;
  const x = (n: number) => Math.max(0, Math.min(n, view.w / 4));
  const y = (n: number) => Math.max(0, Math.min(n, view.h / 4));
  return { top: y(m.top), right: x(m.right), bottom: y(m.bottom), left: x(m.left) };
}

/** Is `box` inside the view given by `t` on a `view`-sized viewport, within the margins? */
export function isInView(
  box: Box,
  t: ViewTransform,
  view: { readonly w: number; readonly h: number },
  margin: number | Margins,
): boolean {
  const m = marginsIn(margin, view);
  const eps = 0.5;
  return (
    box.x * t.k + t.x >= m.left - eps &&
    box.y * t.k + t.y >= m.top - eps &&
    (box.x + box.w) * t.k + t.x <= view.w - m.right + eps &&
    (box.y + box.h) * t.k + t.y <= view.h - m.bottom + eps
  );
}

/**
 * The transform that brings `boxes` into view, or null when they are all in view already (or
 * there is nothing to show, or no viewport to show it in).
 */
export function revealTransform(
  boxes: readonly Box[],
  current: ViewTransform,
  view: { readonly w: number; readonly h: number },
  options: RevealOptions,
): ViewTransform | null {
  if (boxes.length === 0 || view.w <= 0 || view.h <= 0) return null;
  const covered = options.covered ?? NO_MARGINS;
  const visible = marginsIn(covered, view);
  const room = marginsIn(options.margin, view);
  const m = marginsIn(
    {
      top: covered.top + room.top,
      right: covered.right + room.right,
      bottom: covered.bottom + room.bottom,
      left: covered.left + room.left,
    },
    view,
  );
  const all = unionBox(boxes);
  if (isInView(all, current, view, visible)) return null;

  const fitScale = (b: Box) =>
    Math.min(
      (view.w - m.left - m.right) / Math.max(b.w, 1),
      (view.h - m.top - m.bottom) / Math.max(b.h, 1),
    );
  // Never zoom in; zoom out no further than the readable floor (or the view's own scale if it is
  // smaller already).
  const floor = Math.min(current.k, options.minScale);
  // What to bring in: all of them if they fit at the floor, else the first ones that fit together.
  let target = all;
  if (fitScale(all) < floor) {
    target = boxes[0]!;
    for (const b of boxes.slice(1)) {
      const grown = unionBox([target, b]);
      if (fitScale(grown) >= floor) target = grown;
    }
  }
  // Zoomed out only as far as that needs.
  const k = Math.max(floor, Math.min(current.k, fitScale(target)));
  if (k === current.k && isInView(target, current, view, visible)) return null;

  // The view, in canvas units, at the new scale with the same centre; then the least pan.
  const cx = (view.w / 2 - current.x) / current.k;
  const cy = (view.h / 2 - current.y) / current.k;
  const w = view.w / k;
  const h = view.h / k;
  let left = along(cx - w / 2, w, m.left / k, m.right / k, target.x, target.w);
  let top = along(cy - h / 2, h, m.top / k, m.bottom / k, target.y, target.h);
  // The drawing starts at the origin: no view left of it or above it that the target can spare.
  left = Math.max(left, Math.min(0, target.x - m.left / k));
  top = Math.max(top, Math.min(0, target.y - m.top / k));
  const next = { x: 0 - left * k, y: 0 - top * k, k };
  const same =
    k === current.k && Math.abs(next.x - current.x) < 0.5 && Math.abs(next.y - current.y) < 0.5;
  return same ? null : next;
}

/**
 * Where the view's near edge goes on one axis (canvas units): from `start`, the least shift that
 * puts [from, from + size] within [edge + near, edge + length − far]; a span longer than that is
 * aligned with the near edge.
 */
function along(
  start: number,
  length: number,
  near: number,
  far: number,
  from: number,
  size: number,
): number {
  if (size > length - near - far) return from - near;
  if (from < start + near) return from - near;
  if (from + size > start + length - far) return from + size - length + far;
  return start;
}
