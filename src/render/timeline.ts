/**
 * The animation of one run, replayed from its events: each event gets a moment on a short
 * timeline, in the order the engine recorded it. At its moment a refcount change pulses the
 * card's badge, steps the number shown and floats a "+1: l[3]" label; a new object fades in, a
 * freed one fades out ("freed"), an arrow appears or fades with the reference it draws.
 *
 * The accessible names and the final numbers are set before any of this starts (drawNodes): the
 * timeline only decorates, so stopping it early never leaves the view wrong. With reduced motion
 * nothing moves or pulses; the labels appear in place and go away after a while. The labels are
 * drawn by changeLabelsDrawing.ts, which loads just after the first load.
 */
import { select, selectAll } from 'd3-selection';
import 'd3-transition';
import type { HeapEvent } from '../engine/events';
import { BADGE_CENTRE, BADGE_PULSE, type Box } from './geometry';
import {
  CARD_FADE_MS,
  FREED_HOLD_MS,
  MAX_ANIMATED,
  type Moments,
  type TimelineRun,
} from './timelineRun';
import { labelLayout } from './labelsLater';
import type { ObjectNode } from './scene';
import type { Layer } from './selection';

export type { TimelineRun, WeakRow } from './timelineRun';

/** Time between two events, shortened when a run has many so a run plays in 2.5 s at most. */
const STEP_MS = 280;
const MAX_TOTAL_MS = 2500;
/** Pulses of one badge in one run, and the number of changes past which each badge pulses once. */
const MAX_PULSES_PER_NODE = 6;
const MAX_PULSES_PER_RUN = 600;

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
   * The run's refcount-change labels, each placed clear of the others, the refcount badges, the
   * arrowheads and the tags above cards (changeLabelsDrawing.ts, loaded just after the first
   * load: a run played before it has come shows no label).
   */
  private floatLabels(run: TimelineRun, m: Moments, reduced: boolean): void {
    const code = labelLayout();
    if (!code) return;
    this.placed = code.floatLabels(
      { overlay: this.overlay, nodeLayer: this.nodeLayer, edgeLayer: this.edgeLayer },
      run,
      m,
      reduced,
    );
  }

  /** The boxes of the labels of the run being played (the collector's badges keep clear). */
  labelBoxes(): readonly Box[] {
    return this.placed;
  }
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
