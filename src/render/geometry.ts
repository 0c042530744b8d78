/**
 * Sizes of everything the canvas draws, and the arrow path between two places. All numbers are
 * in canvas units (CSS pixels at zoom 1).
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const CARD = {
  width: 176,
  header: 26,
  reprLine: 22,
  /** The line of a big container: "first 16 of 100,000 items". */
  countLine: 16,
  strip: 26,
  padding: 10,
  badgeRadius: 13,
} as const;

/** Where a card's refcount badge has its centre: on the card's top right corner. */
export const BADGE_CENTRE = { x: CARD.width - 2, y: 2 } as const;

export const PILL = { height: 22, minWidth: 30, maxChars: 7 } as const;

export const FRAME = { x: 16, y: 28, width: 156, header: 30, row: 26, gap: 18 } as const;

/** Approximate advance of one monospace character at the 12px the canvas uses. */
export const MONO_CHAR = 7.3;
/** The same for the 10.5px addresses, and (generously) for the bold 13px type names. */
export const SMALL_MONO_CHAR = 6.4;
export const SANS_BOLD_CHAR = 8;

/** Which way an arrow leaves its source: names point right, container slots point down. */
export type Exit = 'right' | 'down';

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
