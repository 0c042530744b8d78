/**
 * The animation of one run, replayed from its events: each event gets a moment on a short
 * timeline, in the order the engine recorded it. At its moment a refcount change pulses the
 * card's badge, steps the number shown and floats a "+1: l[3]" label; a new object fades in, a
 * freed one fades out ("freed"), an arrow appears or fades with the reference it draws.
 *
 * The accessible names and the final numbers are set before any of this starts (drawNodes): the
 * timeline only decorates, so stopping it early never leaves the view wrong. With reduced motion
 * nothing moves or pulses; the labels appear in place and go away after a while.
 */
import { select, selectAll } from 'd3-selection';
import 'd3-transition';
import type { HeapEvent } from '../engine/events';
import type { DrawnEdges } from './drawEdges';
import type { DrawnNodes } from './drawNodes';
import { changeLabels } from './changeLabels';
import { BADGE_CENTRE, BADGE_PULSE, CARD, ORIGIN, type Box, type Point } from './geometry';
import { labelLayout } from './labelsLater';
import type { RefChange } from './refChanges';
import type { ObjectNode } from './scene';
import type { Layer } from './selection';

/** Time between two events, shortened when a run has many so a run plays in 2.5 s at most. */
const STEP_MS = 280;
const MAX_TOTAL_MS = 2500;
/** Floating labels per run; past this, badges still pulse but stay quiet. */
const MAX_LABELS = 40;
const LABEL_HOLD_MS = 1500;
/** A freed card stays this long after its moment (its labels with it), then fades for CARD_FADE_MS. */
const FREED_HOLD_MS = 600;
const CARD_FADE_MS = 450;
/** A label's text: bold 12px monospace (0.602 em an advance), its box from ascent to descent. */
const LABEL_CHAR = 7.3;
const LABEL_HEIGHT = 15;
const LABEL_ASCENT = 11.5;
/** Pulses of one badge in one run, and the number of changes past which each badge pulses once. */
const MAX_PULSES_PER_NODE = 6;
const MAX_PULSES_PER_RUN = 600;
/**
 * Past this many cards (or arrows) coming or going in one run, they appear and go at once: each
 * fade restyles its element every frame, and a thousand of them hold the page for seconds while
 * telling nothing one could follow. The same bound holds for the badges that pulse.
 */
const MAX_ANIMATED = 150;

export interface TimelineRun {
  readonly events: readonly HeapEvent[];
  /** The run's incref/decref events read as changes, in the same order. */
  readonly changes: readonly RefChange[];
  readonly nodes: DrawnNodes;
  readonly edges: DrawnEdges;
  /** Where an object is drawn (alive or fading out), to anchor its labels. */
  boxOf(id: number): Box | undefined;
  kindOf(id: number): ObjectNode['kind'] | undefined;
  /** The weak references drawn into an object before the run (rows that go when it dies). */
  weakRowsInto(id: number): readonly WeakRow[];
}

/** A weak reference drawn into an object: a weakref's arrow, or a weak container's row. */
export interface WeakRow {
  readonly holderId: number;
  readonly slot: string;
  /** The holder is a WeakValueDictionary, WeakKeyDictionary or WeakSet (the row is evicted). */
  readonly container: boolean;
}

interface Moments {
  readonly alloc: Map<number, number>;
  readonly dealloc: Map<number, number>;
  /** First incref or move / last decref per reference site "holder:slot", and name (un)bindings. */
  readonly gain: Map<string, number>;
  readonly loss: Map<string, number>;
  /** When the weak references into an object were cleared (it died). */
  readonly cleared: Map<number, number>;
  /** The moment of each change, same order as `changes`. */
  readonly changeAt: number[];
  /** The moment of each object's first change. */
  readonly firstChangeAt: Map<number, number>;
}

export class Timeline {
  /** Cards whose badge the last run changed: reset to their final number when the next run starts. */
  private touched = new Set<SVGGElement>();
  /** Where the labels of the run being played are. */
  private placed: readonly Box[] = [];

  constructor(
    private readonly nodeLayer: Layer,
    private readonly edgeLayer: Layer,
    private readonly overlay: Layer,
  ) {}

  /** Ends the previous run's animation at once: what it was fading is gone, numbers are final. */
  stop(): void {
    // Only elements a fade touched carry an inline style; the rest are left alone. The cards and
    // arrows are the layers' children: walking those is cheaper than a selector that visits
    // every element inside them (~10,000 at 500 cards), at every update.
    for (const layer of [this.nodeLayer, this.edgeLayer]) {
      const faded = [...layer.node()!.children].filter(
        (el): el is SVGGElement => el.hasAttribute('style') || el.classList.contains('exiting'),
      );
      const fading = selectAll(faded).interrupt('fade');
      fading.filter('.exiting').remove();
      fading.each(clearOpacity);
    }
    this.nodeLayer.selectAll('g.cell.exiting').interrupt('fade').remove();
    this.overlay.selectAll('*').interrupt().remove();
    this.placed = [];
    for (const element of this.touched) {
      const node = select(element);
      node
        .selectAll('g.badge-pulse, rect.pill-body')
        .interrupt('pulse')
        .attr('transform', null)
        .classed('up', false)
        .classed('down', false)
        .classed('moved', false);
      node
        .select<SVGTextElement>('text.badge-count')
        .text((d) => String((d as ObjectNode).view.refcount));
    }
    this.touched.clear();
  }

  play(run: TimelineRun, reducedMotion: boolean): void {
    const moments = momentsOf(run, reducedMotion);
    this.fadeNodes(run, moments, reducedMotion);
    this.fadeEdges(run, moments, reducedMotion);
    this.fadeCells(run, moments, reducedMotion);
    this.stepBadges(run, moments, reducedMotion);
    this.floatLabels(run, moments, reducedMotion);
  }

  private fadeNodes(run: TimelineRun, m: Moments, reduced: boolean): void {
    if (!reduced && run.nodes.entered.size() <= MAX_ANIMATED) {
      run.nodes.entered
        .style('opacity', 0)
        .transition('fade')
        .delay((d) => m.alloc.get(d.id) ?? m.firstChangeAt.get(d.id) ?? 0)
        .duration(260)
        .style('opacity', 1)
        .on('end', clearOpacity);
    }
    if (reduced || run.nodes.exited.size() > MAX_ANIMATED) {
      run.nodes.exited.remove();
      return;
    }
    run.nodes.exited
      .transition('fade')
      .delay((d) => (m.dealloc.get(d.id) ?? 0) + FREED_HOLD_MS)
      .duration(CARD_FADE_MS)
      .style('opacity', 0)
      .remove();
  }

  private fadeEdges(run: TimelineRun, m: Moments, reduced: boolean): void {
    if (!reduced && run.edges.entered.size() <= MAX_ANIMATED) {
      run.edges.entered
        .style('opacity', 0)
        .transition('fade')
        .delay(
          (d) =>
            m.gain.get(d.siteKey) ??
            Math.max(m.alloc.get(d.sourceId) ?? 0, m.alloc.get(d.targetId) ?? 0),
        )
        .duration(260)
        .style('opacity', 1)
        .on('end', clearOpacity);
    }
    if (reduced || run.edges.exited.size() > MAX_ANIMATED) {
      run.edges.exited.remove();
      return;
    }
    run.edges.exited
      .transition('fade')
      .delay(
        (d) => m.loss.get(d.siteKey) ?? m.dealloc.get(d.sourceId) ?? m.dealloc.get(d.targetId) ?? 0,
      )
      .duration(350)
      .style('opacity', 0)
      .remove();
  }

  /** Rows of a card that went (an evicted WeakValueDictionary entry) fade when their value dies. */
  private fadeCells(run: TimelineRun, m: Moments, reduced: boolean): void {
    for (const gone of run.nodes.exitedCells) {
      const cell = select(gone.element);
      if (reduced) {
        cell.remove();
        continue;
      }
      const target = gone.cell.targets[0];
      const at =
        (target !== undefined ? (m.cleared.get(target) ?? m.dealloc.get(target)) : undefined) ??
        m.loss.get(`${gone.holderId}:${gone.cell.slot}`) ??
        0;
      // On top of the cells that moved into its place, struck out, then falling away.
      cell
        .raise()
        .transition('fade')
        .delay(at)
        .duration(900)
        .on('start', function () {
          this.classList.add('evicted');
        })
        .style('opacity', 0)
        .attr('transform', function () {
          const t = this.getAttribute('transform') ?? '';
          return `${t} translate(0,10)`;
        })
        .remove();
    }
  }

  /**
   * Cards show each intermediate count at its moment and pulse; pills pulse only. A loop that
   * touches one object thousands of times pulses it a few times (the last one with the final
   * count), and a run with very many changes pulses each object once: the transitions of one
   * element are scheduled against each other, so thousands on one badge would cost seconds.
   */
  private stepBadges(run: TimelineRun, m: Moments, reduced: boolean): void {
    if (reduced) return;
    const elements = new Map<string, SVGGElement>();
    for (const el of this.nodeLayer.node()!.children) {
      elements.set(el.getAttribute('data-id') ?? '', el as SVGGElement);
    }
    const byId = new Map<number, number[]>();
    run.changes.forEach((c, i) => {
      if (!elements.has(String(c.id))) return;
      const list = byId.get(c.id) ?? [];
      list.push(i);
      byId.set(c.id, list);
    });
    const perNode = run.changes.length > MAX_PULSES_PER_RUN ? 1 : MAX_PULSES_PER_NODE;
    let pulsing = 0;
    for (const [id, indexes] of byId) {
      if (pulsing++ >= MAX_ANIMATED) break;
      const element = elements.get(String(id))!;
      const node = select(element);
      this.touched.add(element);
      const firstChange = run.changes[indexes[0]!]!;
      node.select('text.badge-count').text(String(firstChange.refcount - firstChange.delta));
      const target =
        run.kindOf(id) === 'pill' ? node.select('rect.pill-body') : node.select('g.badge-pulse');
      for (const i of sample(indexes, perNode)) {
        const c = run.changes[i]!;
        const direction = c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : 'moved';
        target
          .transition('pulse')
          .delay(m.changeAt[i]!)
          .duration(140)
          .attr('transform', pulseTransform(run, c.id, BADGE_PULSE))
          .on('start', () => {
            target
              .classed('up', direction === 'up')
              .classed('down', direction === 'down')
              .classed('moved', direction === 'moved');
            node.select('text.badge-count').text(String(c.refcount));
          })
          .transition()
          .duration(260)
          .attr('transform', pulseTransform(run, c.id, 1))
          .on('end', () =>
            target.classed('up', false).classed('down', false).classed('moved', false),
          );
      }
    }
  }

  /**
   * One label per object and reason (changeLabels.ts), each placed clear of the other labels of
   * the run, the refcount badges, the arrowheads and the tags above cards (labelPlacement.ts):
   * all the run's labels are placed together, so none covers another whenever each shows. A
   * label stands still: it fades in at its first change and out after its last. The labels of a
   * freed object fade with its card.
   */
  private floatLabels(run: TimelineRun, m: Moments, reduced: boolean): void {
    const labels: { id: number; text: string; kind: string; at: number; last: number }[] = [];
    for (const l of changeLabels(run.changes, m.changeAt)) {
      labels.push({ id: l.id, text: l.text, kind: l.kind, at: l.first, last: l.last });
    }
    for (const [id, at] of m.dealloc) {
      // The last −1 and "freed" happen together: one label says both.
      let last = labels.length - 1;
      while (last >= 0 && !(labels[last]!.id === id && labels[last]!.last === at)) last--;
      if (last >= 0) labels[last] = { ...labels[last]!, text: `${labels[last]!.text}, freed` };
      else labels.push({ id, text: 'freed', kind: 'down', at, last: at });
    }
    for (const [id, at] of m.cleared) {
      for (const row of run.weakRowsInto(id)) {
        const text = row.container ? `evicted ${row.slot}` : 'cleared: referent died';
        labels.push({ id: row.holderId, text, kind: 'down', at, last: at });
      }
    }

    // A freed card that goes at once (reduced motion, very many) takes its labels with it.
    const fades = !reduced && run.nodes.exited.size() <= MAX_ANIMATED;
    const shown = labels
      .filter((l) => run.kindOf(l.id) === 'card' && (fades || !m.dealloc.has(l.id)))
      .slice(0, MAX_LABELS);
    if (shown.length === 0) return;
    const preferred = shown.map((l) => labelBox(run.boxOf(l.id)!, l.text));
    // Until the placement's code has come (just after the first load), each stands where it
    // prefers.
    const code = labelLayout();
    const drawn = code?.drawnObstacles(this.nodeLayer, this.edgeLayer);
    const placed =
      code && drawn
        ? code.placeLabels(
            preferred.map((box, i) => ({ key: String(i), preferred: box })),
            {
              cards: drawn.cards,
              solid: [...drawn.badges, ...code.tagBoxes(this.nodeLayer, { gc: true, lost: true })],
              arrowheads: drawn.arrowheads,
              origin: ORIGIN,
            },
          )
        : preferred.map((box) => ({ box, leader: null }));
    this.placed = placed.map((p) => p.box);
    shown.forEach((l, i) => {
      const { box, leader } = placed[i]!;
      const freedAt = m.dealloc.get(l.id);
      const end = freedAt === undefined ? undefined : freedAt + FREED_HOLD_MS;
      this.label(box, leader, l.text, l.kind, l.at, l.last, end, reduced);
    });
  }

  /** The boxes of the labels of the run being played (the collector's badges keep clear). */
  labelBoxes(): readonly Box[] {
    return this.placed;
  }

  /**
   * A label in `box` (with a leader line to its card when it had to stack far from it), shown
   * from `at` until a while after `last`; `freedEnd` is when its card starts to fade out.
   */
  private label(
    box: Box,
    leader: Point | null,
    text: string,
    kind: string,
    at: number,
    last: number,
    freedEnd: number | undefined,
    reduced: boolean,
  ): void {
    const group = this.overlay
      .append('g')
      .attr('class', `delta-label-group ${kind}`)
      .attr('aria-hidden', 'true');
    if (leader) {
      group
        .append('line')
        .attr('class', 'label-leader')
        .attr('x1', box.x + box.w - 4)
        .attr('y1', box.y > leader.y ? box.y : box.y + box.h)
        .attr('x2', leader.x - 4)
        .attr('y2', leader.y);
    }
    group
      .append('text')
      .attr('class', `delta-label ${kind}`)
      .attr('x', box.x + box.w)
      .attr('y', box.y + LABEL_ASCENT)
      .text(text);
    if (reduced) {
      group
        .transition()
        .delay(LABEL_HOLD_MS + 1000)
        .duration(0)
        .remove();
      return;
    }
    // Shown until a while after its last change, or until its card fades away.
    const hold = Math.max(0, last - at) + LABEL_HOLD_MS;
    const until = freedEnd === undefined ? at + 220 + hold : Math.max(at + 220, freedEnd);
    group
      .style('opacity', 0)
      .transition()
      .delay(at)
      .duration(220)
      .style('opacity', 1)
      .transition()
      .duration(until - at - 220)
      .transition()
      // A freed card's labels are gone a moment before it is (never left behind by a frame).
      .duration(freedEnd === undefined ? 400 : CARD_FADE_MS - 50)
      .style('opacity', 0)
      .remove();
  }
}

/**
 * Where a label of `text` would sit on the card at `card`: just above it, ending left of the
 * refcount badge (as big as it pulses). Its box is the text's (bold 12px monospace, baseline LABEL_ASCENT below its top).
 */
export function labelBox(card: Box, text: string): Box {
  const w = Math.ceil(text.length * LABEL_CHAR) + 1;
  const right = card.x + BADGE_CENTRE.x - CARD.badgeRadius * BADGE_PULSE - 3;
  return { x: right - w, y: card.y - 2 - LABEL_HEIGHT, w, h: LABEL_HEIGHT };
}

/**
 * Gives every heap event its moment. Only events that show take time: a change to an object that
 * is not drawn (the str holding a name, a hidden module) happens at the same moment as the event
 * before it. Reduced motion puts everything at 0.
 */
function momentsOf(run: TimelineRun, reduced: boolean): Moments {
  const shows = (e: HeapEvent): boolean => {
    if (e.kind === 'stdout' || e.kind === 'stderr') return false;
    if (e.kind === 'bind' || e.kind === 'unbind') return true;
    // Collector events are shown by the collector's own animation.
    if (!('id' in e)) return false;
    return run.boxOf(e.id) !== undefined;
  };
  const steps = run.events.filter(shows).length;
  const spacing = reduced ? 0 : Math.min(STEP_MS, MAX_TOTAL_MS / Math.max(1, steps));
  const m: Moments = {
    alloc: new Map(),
    dealloc: new Map(),
    gain: new Map(),
    loss: new Map(),
    cleared: new Map(),
    changeAt: [],
    firstChangeAt: new Map(),
  };
  const gain = (key: string, at: number) => {
    if (!m.gain.has(key)) m.gain.set(key, at);
  };
  /** The moment of each event, by index. */
  const eventAt: number[] = [];
  let step = 0;
  for (const e of run.events) {
    const at = Math.max(0, (shows(e) ? step++ : step - 1) * spacing);
    eventAt.push(at);
    switch (e.kind) {
      case 'alloc':
        m.alloc.set(e.id, at);
        break;
      case 'dealloc':
        m.dealloc.set(e.id, at);
        break;
      case 'incref':
        if (e.site) gain(`${e.site.holder}:${e.site.slot}`, at);
        break;
      case 'move':
        gain(`${e.to.holder}:${e.to.slot}`, at);
        break;
      case 'decref':
        if (e.site) m.loss.set(`${e.site.holder}:${e.site.slot}`, at);
        break;
      case 'refMany':
        if (!e.site) break;
        if (e.op === 'decref') m.loss.set(`${e.site.holder}:${e.site.slot}`, at);
        else gain(`${e.site.holder}:${e.site.slot}`, at);
        break;
      case 'bind':
        gain(`${e.scope}:${e.name}`, at);
        break;
      case 'unbind':
        m.loss.set(`${e.scope}:${e.name}`, at);
        break;
      case 'weakrefCleared':
        if (!m.cleared.has(e.referent)) m.cleared.set(e.referent, at);
        break;
    }
  }
  for (const c of run.changes) {
    const at = eventAt[c.event] ?? 0;
    m.changeAt.push(at);
    if (!m.firstChangeAt.has(c.id)) m.firstChangeAt.set(c.id, at);
  }
  return m;
}

/** Scales a card's badge or a pill's body about its own centre. */
function pulseTransform(run: TimelineRun, id: number, k: number): string {
  if (k === 1) return 'scale(1)';
  const centre = run.kindOf(id) === 'pill' ? pillCentre(run.boxOf(id)) : BADGE_CENTRE;
  if (!centre) return `scale(${k})`;
  const { x, y } = centre;
  return `translate(${x},${y}) scale(${k}) translate(${-x},${-y})`;
}

function pillCentre(box: Box | undefined): { x: number; y: number } | undefined {
  return box && { x: box.w / 2, y: box.h / 2 };
}

/** At most `n` of `items`, evenly spread, always with the last one. */
function sample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let k = n - 1; k >= 0; k--)
    out.push(items[items.length - 1 - Math.floor((k * (items.length - 1)) / (n - 1 || 1))]!);
  return n === 1 ? [items[items.length - 1]!] : out;
}

/** A faded-in element drops its inline opacity, so later updates need not touch it. */
function clearOpacity(this: SVGElement): void {
  this.style.removeProperty('opacity');
  if (this.getAttribute('style') === '') this.removeAttribute('style');
}
