/**
 * What a floating label must keep clear of, read from the drawing as it stands: the cards and
 * frame panels, the cards' refcount badges, the arrowheads, and the tags already shown above
 * cards (the collector's badges, the reachability overlay's "✗ unreachable" tag). Read from the DOM rather than the
 * scene so it holds whatever draws them (cards, arrows routed any way): an arrow's head is the
 * last point of its path, a badge's box its rect's attributes.
 */
import { select } from 'd3-selection';
import type { Box, Point } from './geometry';
import { BADGE_CENTRE, BADGE_PULSE, CARD } from './geometry';
import type { FramePanel, ObjectNode } from './scene';
import type { Layer } from './selection';

export { BADGE_PULSE, ORIGIN } from './geometry';

export interface DrawnObstacles {
  readonly cards: Box[];
  /** Refcount badges of cards, as big as they grow when they pulse (pills have none). */
  readonly badges: Box[];
  readonly arrowheads: Point[];
}

export function drawnObstacles(nodeLayer: Layer, edgeLayer: Layer): DrawnObstacles {
  const cards: Box[] = [];
  const badges: Box[] = [];
  nodeLayer.selectAll<SVGGElement, ObjectNode>('g.node').each(function (d) {
    cards.push(d.box);
    if (d.kind !== 'card') return;
    const rect = this.querySelector('rect.badge-body');
    const width = Number(rect?.getAttribute('width')) || 2 * CARD.badgeRadius;
    const x = Number(rect?.getAttribute('x')) || BADGE_CENTRE.x - width / 2;
    // Scaled about its centre, as the pulse scales it.
    const [w, h] = [width * BADGE_PULSE, 2 * CARD.badgeRadius * BADGE_PULSE];
    badges.push({
      x: d.box.x + x + width / 2 - w / 2,
      y: d.box.y + BADGE_CENTRE.y - h / 2,
      w,
      h,
    });
  });
  // Frame panels are avoided as cards are (a label over a name row hides it).
  const svg = nodeLayer.node()!.ownerSVGElement;
  if (svg) {
    select(svg)
      .selectAll<SVGGElement, FramePanel>('g.frames-layer > g.frame')
      .each((d) => {
        if (d?.box) cards.push(d.box);
      });
  }
  const arrowheads: Point[] = [];
  for (const path of edgeLayer.node()!.querySelectorAll('g.edge:not(.exiting) path.line')) {
    const tip = lastPoint(path.getAttribute('d') ?? '');
    if (tip) arrowheads.push(tip);
  }
  return { cards, badges, arrowheads };
}

/** Where a path ends: its last two numbers. */
function lastPoint(d: string): Point | null {
  const numbers = d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi);
  if (!numbers || numbers.length < 2) return null;
  return { x: Number(numbers.at(-2)), y: Number(numbers.at(-1)) };
}

/**
 * The tags shown above cards in `nodeLayer`, in canvas units: the collector's badges (with
 * `gc`) and the "✗ unreachable" tags of the reachability overlay while it shows them.
 */
export function tagBoxes(nodeLayer: Layer, which: { gc: boolean; lost: boolean }): Box[] {
  const out: Box[] = [];
  const svg = nodeLayer.node()!.ownerSVGElement;
  const lostShown =
    which.lost &&
    !!svg?.classList.contains('reachability') &&
    !svg.classList.contains('collecting');
  nodeLayer.selectAll<SVGGElement, ObjectNode>('g.node').each(function (d) {
    if (which.gc) {
      const badge = this.querySelector<SVGGElement>(':scope > g.gc-badge');
      if (badge) out.push(tagBox(d.box, badge));
    }
    if (
      lostShown &&
      this.classList.contains('unreachable') &&
      !this.classList.contains('exiting')
    ) {
      const lost = this.querySelector<SVGGElement>('g.lost-tag');
      if (lost) out.push(tagBox(d.box, lost));
    }
  });
  return out;
}

/** A tag's box: its rect, moved by the tag's translate, on the card at `card`. */
function tagBox(card: Box, tag: SVGGElement): Box {
  const rect = tag.querySelector('rect');
  const [tx, ty] = translateOf(tag.getAttribute('transform') ?? '');
  return {
    x: card.x + tx,
    y: card.y + ty,
    w: Number(rect?.getAttribute('width')) || 0,
    h: Number(rect?.getAttribute('height')) || 0,
  };
}

export function translateOf(transform: string): [number, number] {
  const m = /translate\(\s*(-?[\d.]+)[ ,]+(-?[\d.]+)\s*\)/.exec(transform);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}
