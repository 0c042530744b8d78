/**
 * Where floating labels go (refcount changes, the collector's badges) so that none covers
 * another, a refcount badge or an arrowhead. Pure: boxes in, boxes out, in canvas units.
 *
 * Each label asks for a preferred box (where it would sit with nothing around it). Candidates
 * are that box moved along its row (left first, then right) and up by whole label heights; the
 * free one nearest its anchor wins, counting the area of cards (and frame panels) it would cover
 * as distance (a label over a card hides its text, but a card is not a hard obstacle: a heap
 * packed with cards must still get its labels). When no candidate near the anchor is free, the label stacks further up in its
 * column (or down, when the top of the drawing comes first) and gets a leader: the point it
 * should be tied back to.
 *
 * Labels are placed in the order given (earlier ones keep their preferred place), so the same
 * input always gives the same output.
 */
import type { Box, Point } from './geometry';

export interface LabelRequest {
  readonly key: string;
  /** Where the label would sit with nothing around it. */
  readonly preferred: Box;
}

export interface Obstacles {
  /** Card boxes: avoided when possible (a label may still sit over one if nothing else is free). */
  readonly cards: readonly Box[];
  /** Boxes no label may overlap: refcount badges, labels placed before. */
  readonly solid: readonly Box[];
  /** Arrowhead tips: no label covers the head drawn back from the tip. */
  readonly arrowheads: readonly Point[];
  /** The drawing's top left corner: no label goes above or left of it (it would be cut off). */
  readonly origin?: Point;
}

export interface PlacedLabel {
  readonly key: string;
  readonly box: Box;
  /** Set when the label had to go far from its preferred place: where to draw a leader to. */
  readonly leader: Point | null;
}

/** Space kept between a label and what it avoids. */
const LABEL_GAP = 2;
/** How far an arrowhead reaches from its tip (the marker is 7 units long, 7 wide). */
const ARROWHEAD_REACH = 8;
/** Rows tried above the preferred place before falling back to stacking with a leader. */
const NEAR_ROWS = 3;
/**
 * What covering a card costs, per square unit, against moving one unit away: a label clipping a
 * card's edge beats one moved far from its anchor, one over a card's text never does.
 */
const CARD_COVER_COST = 0.5;
/** Steps sideways tried on each of those rows, each way. */
const NEAR_COLUMNS = 9;
/** Rows the fallback stack may climb (it always ends: obstacles are finite). */
const MAX_ROWS = 400;

export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: Obstacles,
): PlacedLabel[] {
  const solid = new BoxGrid();
  for (const b of obstacles.solid) solid.add(b);
  for (const p of obstacles.arrowheads) solid.add(arrowheadBox(p));
  const cards = new BoxGrid();
  for (const b of obstacles.cards) cards.add(b);

  const origin = obstacles.origin ?? { x: -Infinity, y: -Infinity };
  const inside = (b: Box) => b.x >= origin.x && b.y >= origin.y;
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const box =
      bestNear(request.preferred, solid, cards, inside) ??
      stacked(request.preferred, solid, inside);
    const far =
      box.y > request.preferred.y ||
      request.preferred.y - box.y > (request.preferred.h + LABEL_GAP) * (NEAR_ROWS + 0.5);
    placed.push({ key: request.key, box, leader: far ? anchorOf(request.preferred) : null });
    solid.add(box);
  }
  return placed;
}

/** The free candidate nearest the preferred box, preferring one off every card; null if none. */
function bestNear(
  preferred: Box,
  solid: BoxGrid,
  cards: BoxGrid,
  inside: (b: Box) => boolean,
): Box | null {
  let best: { box: Box; cost: number } | null = null;
  for (const c of candidates(preferred)) {
    if (best && c.cost >= best.cost) continue;
    if (!inside(c.box) || solid.hits(c.box, LABEL_GAP)) continue;
    const cost = c.cost + cards.overlapArea(c.box) * CARD_COVER_COST;
    if (!best || cost < best.cost) best = { box: c.box, cost };
  }
  return best?.box ?? null;
}

/** The preferred box moved along its row and up, each with its distance from the preferred. */
function candidates(preferred: Box): { box: Box; cost: number }[] {
  const out: { box: Box; cost: number }[] = [];
  const rowStep = preferred.h + LABEL_GAP;
  // Sideways in steps of a third of the label (at least 12), up to three labels each way.
  const colStep = Math.max(12, Math.round(preferred.w / 3));
  for (let row = 0; row <= NEAR_ROWS; row++) {
    for (let col = -NEAR_COLUMNS; col <= NEAR_COLUMNS; col++) {
      const dx = col * colStep;
      const dy = -row * rowStep;
      // Left is cheaper than right (right is where the refcount badge is).
      const cost = Math.abs(dy) * 1.5 + Math.abs(dx) * (col > 0 ? 1.5 : 1);
      out.push({ box: { ...preferred, x: preferred.x + dx, y: preferred.y + dy }, cost });
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

/**
 * The fallback: straight up from the preferred box to the first free row; if the top of the
 * drawing comes first, straight down from it instead.
 */
function stacked(preferred: Box, solid: BoxGrid, inside: (b: Box) => boolean): Box {
  const rowStep = preferred.h + LABEL_GAP;
  for (const direction of [-1, 1]) {
    for (let row = direction < 0 ? NEAR_ROWS + 1 : 1; row <= MAX_ROWS; row++) {
      const box = { ...preferred, y: preferred.y + direction * row * rowStep };
      if (!inside(box)) break;
      if (!solid.hits(box, LABEL_GAP)) return box;
    }
  }
  return preferred;
}

function anchorOf(b: Box): Point {
  return { x: b.x + b.w, y: b.y + b.h };
}

/** The square an arrowhead can cover around its tip (it points any way). */
export function arrowheadBox(tip: Point): Box {
  const r = ARROWHEAD_REACH;
  return { x: tip.x - r, y: tip.y - r, w: 2 * r, h: 2 * r };
}

/** Do two boxes overlap, with `gap` kept between them? Touching edges do not overlap. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
  );
}

/** A uniform grid of boxes, so that a label tests only the boxes near it. */
class BoxGrid {
  private static readonly CELL = 64;
  private readonly cells = new Map<string, Box[]>();

  add(b: Box): void {
    for (const key of this.keys(b, 0)) {
      const list = this.cells.get(key);
      if (list) list.push(b);
      else this.cells.set(key, [b]);
    }
  }

  /** The area of `b` over the boxes (overlaps among them counted twice: an upper bound). */
  overlapArea(b: Box): number {
    let area = 0;
    const seen = new Set<Box>();
    for (const key of this.keys(b, 0)) {
      for (const other of this.cells.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const w = Math.min(b.x + b.w, other.x + other.w) - Math.max(b.x, other.x);
        const h = Math.min(b.y + b.h, other.y + other.h) - Math.max(b.y, other.y);
        if (w > 0 && h > 0) area += w * h;
      }
    }
    return area;
  }

  hits(b: Box, gap: number): boolean {
    for (const key of this.keys(b, gap)) {
      for (const other of this.cells.get(key) ?? []) if (overlaps(b, other, gap)) return true;
    }
    return false;
  }

  private *keys(b: Box, gap: number): Generator<string> {
    const c = BoxGrid.CELL;
    const x0 = Math.floor((b.x - gap) / c);
    const x1 = Math.floor((b.x + b.w + gap) / c);
    const y0 = Math.floor((b.y - gap) / c);
    const y1 = Math.floor((b.y + b.h + gap) / c);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield `${x},${y}`;
  }
}
