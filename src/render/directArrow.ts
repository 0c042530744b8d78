/**
 * The direct arrow: one smooth curve from a name or slot to the card it refers to, crossing what
 * lies between. It is what an arrow looks like until the router (route.ts, loaded apart from the
 * first load) has come, and what the router keeps when the curve clears every card.
 */
import type { Box, Exit, Point } from './geometry';

/**
 * A smooth arrow from `from` to the side of `to` that faces it. The curve leaves in the `exit`
 * direction and enters the chosen side head-on, so the arrowhead always points into the card.
 */
export function arrowPath(from: Point, exit: Exit, to: Box): string {
  const side = facingSide(from, to);
  const end = sideMidpoint(to, side);
  const reach = Math.max(36, Math.min(120, Math.hypot(end.x - from.x, end.y - from.y) / 2.5));
  const c1 = exitControl(from, exit, end, reach);
  const inward = SIDE_NORMAL[side];
  const c2 = { x: end.x - inward.x * reach, y: end.y - inward.y * reach };
  return `M${r(from.x)},${r(from.y)} C${r(c1.x)},${r(c1.y)} ${r(c2.x)},${r(c2.y)} ${r(end.x)},${r(end.y)}`;
}

/**
 * The first control point: straight out of the source. A slot arrow whose target is above it
 * leaves with a short hook to the right instead of a long dive, so it does not loop below the card.
 */
function exitControl(from: Point, exit: Exit, end: Point, reach: number): Point {
  if (exit === 'right') return { x: from.x + reach, y: from.y };
  if (end.y < from.y) return { x: from.x + reach * 0.6, y: from.y + 24 };
  return { x: from.x, y: from.y + reach };
}

type Side = 'left' | 'right' | 'top' | 'bottom';

/** Direction an arrow travels when it enters each side. */
const SIDE_NORMAL: Record<Side, Point> = {
  left: { x: 1, y: 0 },
  right: { x: -1, y: 0 },
  top: { x: 0, y: 1 },
  bottom: { x: 0, y: -1 },
};

/**
 * Left side when the source is clearly left of the box, right side when clearly right; a source
 * in the box's own column comes in from the top when above it, and from the right when below
 * (so an arrow pointing back up the column does not run through the cards between).
 */
function facingSide(from: Point, to: Box): Side {
  if (from.x < to.x - 8) return 'left';
  if (from.x > to.x + to.w + 8) return 'right';
  return from.y < to.y ? 'top' : 'right';
}

function sideMidpoint(b: Box, side: Side): Point {
  switch (side) {
    case 'left':
      return { x: b.x, y: b.y + b.h / 2 };
    case 'right':
      return { x: b.x + b.w, y: b.y + b.h / 2 };
    case 'top':
      return { x: b.x + b.w / 2, y: b.y };
    case 'bottom':
      return { x: b.x + b.w / 2, y: b.y + b.h };
  }
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
