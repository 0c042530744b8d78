/**
 * The refcount-change labels of a run (`+1: stack`, `−1: l1, freed`, `evicted 'k'`): one per
 * object and reason (changeLabels.ts), all placed together clear of each other, the refcount
 * badges, the arrowheads and the tags above cards (labelPlacement.ts), so none covers another
 * whenever each shows. A label stands still: it fades in at its first change and out after its
 * last; the labels of a freed object fade a moment before its card. Loaded with the labels'
 * placement just after the first load (labelLayout.ts); the timeline (timeline.ts) plays them.
 */
import './changeLabels.css';
import { changeLabels } from './changeLabels';
import { BADGE_CENTRE, BADGE_PULSE, CARD, ORIGIN, type Box, type Point } from './geometry';
import { drawnObstacles, tagBoxes } from './labelObstacles';
import { placeLabels } from './labelPlacement';
import type { Layer } from './selection';
import {
  CARD_FADE_MS,
  FREED_HOLD_MS,
  MAX_ANIMATED,
  type Moments,
  type TimelineRun,
} from './timelineRun';

/** Floating labels per run; past this, badges still pulse but stay quiet. */
const MAX_LABELS = 40;
const LABEL_HOLD_MS = 1500;
/** A label's text: bold 12px monospace (0.602 em an advance), its box from ascent to descent. */
const LABEL_CHAR = 7.3;
const LABEL_HEIGHT = 15;
const LABEL_ASCENT = 11.5;

/** The layers the labels are drawn in (overlay) and read their obstacles from. */
export interface LabelLayers {
  readonly overlay: Layer;
  readonly nodeLayer: Layer;
  readonly edgeLayer: Layer;
}

/** Draws the run's labels; answers their boxes (the collector's badges keep clear of them). */
export function floatLabels(
  layers: LabelLayers,
  run: TimelineRun,
  m: Moments,
  reduced: boolean,
): readonly Box[] {
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
  if (shown.length === 0) return [];
  const drawn = drawnObstacles(layers.nodeLayer, layers.edgeLayer);
  const placed = placeLabels(
    shown.map((l, i) => ({ key: String(i), preferred: labelBox(run.boxOf(l.id)!, l.text) })),
    {
      cards: drawn.cards,
      solid: [...drawn.badges, ...tagBoxes(layers.nodeLayer, { gc: true, lost: true })],
      arrowheads: drawn.arrowheads,
      origin: ORIGIN,
    },
  );
  shown.forEach((l, i) => {
    const { box, leader } = placed[i]!;
    const freedAt = m.dealloc.get(l.id);
    const end = freedAt === undefined ? undefined : freedAt + FREED_HOLD_MS;
    drawLabel(
      layers.overlay,
      { box, leader, text: l.text, kind: l.kind },
      l.at,
      l.last,
      end,
      reduced,
    );
  });
  return placed.map((p) => p.box);
}

/**
 * A label in `box` (with a leader line to its card when it had to stack far from it), shown
 * from `at` until a while after `last`; `freedEnd` is when its card starts to fade out.
 */
function drawLabel(
  overlay: Layer,
  label: { box: Box; leader: Point | null; text: string; kind: string },
  at: number,
  last: number,
  freedEnd: number | undefined,
  reduced: boolean,
): void {
  const { box, leader, text, kind } = label;
  const group = overlay
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

/**
 * Where a label of `text` would sit on the card at `card`: just above it, ending left of the
 * refcount badge (as big as it pulses). Its box is the text's (bold 12px monospace, baseline
 * LABEL_ASCENT below its top).
 */
function labelBox(card: Box, text: string): Box {
  const w = Math.ceil(text.length * LABEL_CHAR) + 1;
  const right = card.x + BADGE_CENTRE.x - CARD.badgeRadius * BADGE_PULSE - 3;
  return { x: right - w, y: card.y - 2 - LABEL_HEIGHT, w, h: LABEL_HEIGHT };
}
