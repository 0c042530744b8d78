/**
 * Draws one step of a collection on top of the heap: a "gc_refs N" badge above each card the
 * collector examines (with ✓ reachable, ✗ unreachable, ↺ resurrected once it knows), the arrows
 * of the internal references being subtracted lit up, cards outside the generation dimmed, and
 * weak arrows and WeakValueDictionary rows into cleared objects struck out.
 *
 * Marks never rely on colour alone: each status has its own word and glyph, unreachable cards a
 * dashed outline, and the lit arrow is thicker and dashed (the only dashed strong arrows: dashes
 * are expensive to paint, so only what is animating gets them).
 *
 * Each step is drawn by difference with the one before: a step that changes one badge touches
 * one badge, whatever the size of the heap.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import type { CollectorStep, GcOverlay, GcStatus } from './collectorSteps';
import type { Box } from './geometry';
import { drawnObstacles, ORIGIN } from './labelObstacles';
import { placeLabels } from './labelPlacement';
import type { Edge, ObjectNode, SlotCell } from './scene';
import type { Layer } from './selection';

const STATUS_TEXT: Record<GcStatus, string> = {
  reachable: '✓ reachable',
  unreachable: '✗ unreachable',
  resurrected: '↺ resurrected',
  freed: 'freed',
};

/** Approximate advance of a character of the 10px monospace badge text. */
const BADGE_CHAR = 6.05;
/** A badge's preferred place: above its card's top left corner, clear of the refcount badge. */
const BADGE_DX = -10;
const BADGE_DY = -21;
const BADGE_HEIGHT = 18;
const BADGE_OFFSET = `translate(${BADGE_DX},${BADGE_DY})`;

interface BadgeState {
  readonly text: string;
  readonly status: GcStatus | 'none';
}

export class CollectorOverlay {
  private badges = new Map<number, BadgeState>();
  private examined = new Set<number>();
  private highlighted: readonly (readonly [number, number])[] = [];
  private cleared = new Set<number>();
  private active = false;
  /** Where each badge sits, as its offset from its card (placed clear of the rest: see place). */
  private offsets = new Map<number, string>();

  /** `labels` gives the boxes of the refcount-change labels on screen, which badges keep clear of. */
  constructor(
    private readonly svg: SVGSVGElement,
    private readonly nodeLayer: Layer,
    private readonly edgeLayer: Layer,
    private readonly labels: () => readonly Box[] = () => [],
  ) {}

  /** Draws `step`; `animate` pulses what changed. */
  apply(step: CollectorStep, animate: boolean): void {
    if (!this.active) {
      this.active = true;
      this.svg.classList.add('collecting');
    }
    const o = step.overlay;
    this.markExamined(o);
    this.drawBadges(o, step.changed, animate);
    this.highlight(step.highlight);
    this.markCleared(o.cleared);
  }

  /**
   * Draws the marks again on cards drawn afresh (after the heap of the run was committed, the
   * same cards stay but new ones may have come).
   */
  refresh(step: CollectorStep): void {
    const badges = this.badges;
    this.badges = new Map();
    this.examined = new Set();
    this.cleared = new Set();
    for (const id of badges.keys()) this.node(id).select('g.gc-badge').remove();
    this.offsets = new Map();
    this.apply(step, false);
  }

  /** Takes every mark away: the heap looks as it does outside a collection. */
  clear(): void {
    if (!this.active) return;
    this.active = false;
    this.svg.classList.remove('collecting');
    this.nodeLayer.selectAll('g.gc-badge').interrupt().remove();
    this.nodeLayer
      .selectAll('g.node')
      .classed('gc-examined', false)
      .classed('gc-reachable', false)
      .classed('gc-unreachable', false)
      .classed('gc-resurrected', false)
      .classed('gc-freed', false);
    this.nodeLayer.selectAll('g.cell.evicted').classed('evicted', false);
    this.edgeLayer
      .selectAll<SVGGElement, Edge>('g.edge.gc-subtract')
      .classed('gc-subtract', false)
      .select('path.line')
      .attr('marker-end', (d) => (d.toInterned ? 'url(#hs-arrow-light)' : 'url(#hs-arrow)'));
    this.edgeLayer.selectAll('g.edge.gc-cleared').classed('gc-cleared', false);
    this.badges.clear();
    this.offsets.clear();
    this.examined.clear();
    this.cleared.clear();
    this.highlighted = [];
  }

  private node(id: number) {
    return this.nodeLayer.select<SVGGElement>(`g.node.card[data-id="${id}"]`);
  }

  private markExamined(o: GcOverlay): void {
    for (const id of this.examined)
      if (!o.examined.has(id)) this.node(id).classed('gc-examined', false);
    for (const id of o.examined)
      if (!this.examined.has(id)) this.node(id).classed('gc-examined', true);
    this.examined = new Set(o.examined);
  }

  private drawBadges(o: GcOverlay, changed: readonly number[], animate: boolean): void {
    const wanted = new Map<number, BadgeState>();
    for (const [id, refs] of o.gcRefs) {
      const status = o.status.get(id) ?? 'none';
      wanted.set(id, { text: badgeText(refs, status, o.finalized.has(id)), status });
    }
    for (const [id, status] of o.status) {
      if (!wanted.has(id))
        wanted.set(id, { text: badgeText(null, status, o.finalized.has(id)), status });
    }
    for (const id of o.untracked) {
      if (!wanted.has(id) && this.badges.has(id))
        wanted.set(id, { text: 'untracked', status: 'none' });
    }
    for (const id of this.badges.keys()) {
      if (wanted.has(id)) continue;
      this.node(id).select('g.gc-badge').remove();
      this.setStatus(id, 'none');
    }
    const pulse = new Set(changed);
    let moved = false;
    for (const [id, state] of wanted) {
      const before = this.badges.get(id);
      if (before && before.text === state.text && before.status === state.status && !pulse.has(id))
        continue;
      const node = this.node(id);
      if (node.empty()) continue;
      let badge = node.select<SVGGElement>('g.gc-badge');
      if (badge.empty()) badge = makeBadge(node);
      moved ||= !before || before.text !== state.text;
      const width = badgeWidth(state.text);
      badge.select('rect.gc-badge-body').attr('width', width);
      badge.select('text').text(state.text);
      if (!before || before.status !== state.status) this.setStatus(id, state.status);
    }
    this.badges = wanted;
    if (moved) this.place();
    for (const id of changed) {
      if (!animate || !wanted.has(id)) continue;
      const offset = this.offsets.get(id) ?? BADGE_OFFSET;
      this.node(id)
        .select('g.gc-badge')
        .interrupt()
        .attr('transform', `${offset} scale(1.18)`)
        .transition()
        .duration(380)
        .attr('transform', `${offset} scale(1)`);
    }
  }

  /**
   * Places every badge clear of the others, the refcount badges, the arrowheads and the labels
   * on screen (labelPlacement.ts), in the order of the overlay; moves only those whose place
   * changed.
   */
  private place(): void {
    // One pass over the cards (a selector per badge would visit them all for each).
    const cards = new Map<number, Box>();
    const badges = new Map<number, SVGGElement>();
    this.nodeLayer.selectAll<SVGGElement, ObjectNode>('g.node.card').each(function (d) {
      cards.set(d.id, d.box);
      const badge = this.querySelector<SVGGElement>(':scope > g.gc-badge');
      if (badge) badges.set(d.id, badge);
    });
    const requests: { key: string; preferred: Box }[] = [];
    for (const [id, state] of this.badges) {
      const card = cards.get(id);
      if (!card) continue;
      requests.push({
        key: String(id),
        preferred: {
          x: card.x + BADGE_DX,
          y: card.y + BADGE_DY,
          w: badgeWidth(state.text),
          h: BADGE_HEIGHT,
        },
      });
    }
    const drawn = drawnObstacles(this.nodeLayer, this.edgeLayer);
    const placed = placeLabels(requests, {
      cards: drawn.cards,
      solid: [...drawn.badges, ...this.labels()],
      arrowheads: drawn.arrowheads,
      origin: ORIGIN,
    });
    const offsets = new Map<number, string>();
    for (const p of placed) {
      const id = Number(p.key);
      const card = cards.get(id)!;
      const offset = `translate(${p.box.x - card.x},${p.box.y - card.y})`;
      offsets.set(id, offset);
      const badge = badges.get(id);
      if (badge && this.offsets.get(id) !== offset)
        select(badge).interrupt().attr('transform', offset);
    }
    this.offsets = offsets;
  }

  private setStatus(id: number, status: GcStatus | 'none'): void {
    this.node(id)
      .classed('gc-reachable', status === 'reachable')
      .classed('gc-unreachable', status === 'unreachable')
      .classed('gc-resurrected', status === 'resurrected')
      .classed('gc-freed', status === 'freed');
  }

  private highlight(pairs: readonly (readonly [number, number])[]): void {
    if (this.highlighted.length === 0 && pairs.length === 0) return;
    const key = (from: number, to: number) => `${from}>${to}`;
    const lit = new Set(pairs.map(([from, to]) => key(from, to)));
    const was = new Set(this.highlighted.map(([from, to]) => key(from, to)));
    this.edgeLayer
      .selectAll<SVGGElement, Edge>('g.edge:not(.exiting)')
      .filter(
        (d) =>
          !d.weak && (lit.has(key(d.sourceId, d.targetId)) || was.has(key(d.sourceId, d.targetId))),
      )
      .classed('gc-subtract', (d) => lit.has(key(d.sourceId, d.targetId)))
      .call((edges) =>
        edges
          .select('path.line')
          .attr('marker-end', (d) =>
            lit.has(key(d.sourceId, d.targetId))
              ? 'url(#hs-arrow-hot)'
              : d.toInterned
                ? 'url(#hs-arrow-light)'
                : 'url(#hs-arrow)',
          ),
      )
      // Raised above the other arrows while lit.
      .each(function (d) {
        if (lit.has(key(d.sourceId, d.targetId))) this.parentNode?.appendChild(this);
      });
    this.highlighted = pairs;
  }

  private markCleared(cleared: ReadonlySet<number>): void {
    if (cleared.size === this.cleared.size) return;
    this.edgeLayer
      .selectAll<SVGGElement, Edge>('g.edge.weak')
      .classed('gc-cleared', (d) => cleared.has(d.targetId));
    this.nodeLayer
      .selectAll<SVGGElement, SlotCell>('g.cell.weak')
      .classed('evicted', (c) => c.targets.some((t) => cleared.has(t)));
    this.cleared = new Set(cleared);
  }
}

function makeBadge(node: ReturnType<typeof select<SVGGElement, unknown>>) {
  const badge = node
    .append('g')
    .attr('class', 'gc-badge')
    .attr('aria-hidden', 'true')
    .attr('transform', BADGE_OFFSET);
  badge.append('rect').attr('class', 'gc-badge-body').attr('rx', 8).attr('height', BADGE_HEIGHT);
  badge.append('text').attr('x', 6).attr('y', 12.5);
  return badge;
}

/** The width of the badge showing `text`, in canvas units. */
export function badgeWidth(text: string): number {
  return Math.ceil(text.length * BADGE_CHAR) + 12;
}

/** The text of the badge an object gets in `overlay` ('' for none). */
export function badgeFor(overlay: GcOverlay, id: number): string {
  const status = overlay.status.get(id) ?? 'none';
  const refs = overlay.gcRefs.get(id) ?? null;
  if (refs === null && status === 'none') return '';
  return badgeText(refs, status, overlay.finalized.has(id));
}

/** "gc_refs 2", "✓ reachable · gc_refs 1", "✗ unreachable · gc_refs 0 · __del__ ran". */
export function badgeText(
  refs: number | null,
  status: GcStatus | 'none',
  finalized: boolean,
): string {
  const parts: string[] = [];
  if (status !== 'none') parts.push(STATUS_TEXT[status]);
  if (refs !== null && status !== 'freed' && status !== 'resurrected')
    parts.push(`gc_refs ${refs}`);
  if (finalized && status !== 'freed') parts.push('__del__ ran');
  return parts.join(' · ');
}

export type { ObjectNode };
