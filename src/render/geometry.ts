/**
 * Sizes of everything the canvas draws. All numbers are in canvas units (CSS pixels at zoom 1).
 * Arrow paths are routed in route.ts.
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

/** The drawing's top left corner: labels above or left of it would be cut off. */
export const ORIGIN = { x: 0, y: 0 } as const;

/** How much a refcount badge grows when it pulses (timeline.ts): labels keep clear of it then too. */
export const BADGE_PULSE = 1.3;
