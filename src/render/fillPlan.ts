/**
 * Drawing many new cards at once (a redo of a loop brings back ~490): which new cards go into the
 * first frame and which follow, a chunk a frame. A few new cards are drawn at once wherever they
 * are, as they always were; past that, the first frame draws the new cards in view, so what the
 * person looks at is complete at once, and the others follow nearest first. Creating ~490 cards
 * in one task held the page 0.7 s (style, layout and paint of ~15,000 elements); a chunk of
 * `perFrame` cards keeps each frame short.
 *
 * What is drawn at any moment is a consistent part of the scene (`partialScene`): the cards drawn
 * so far, and only the arrows whose two ends are drawn, so no arrow ever points at a card that
 * is not there yet.
 */
import type { Box } from './geometry';
import type { ObjectNode, Scene } from './scene';

export interface FillOptions {
  /** Up to this many new cards are drawn at once, in view or not (an ordinary statement). */
  readonly allAtOnce: number;
  /** At most this many new cards in view go into the first frame (a heap zoomed out to fit). */
  readonly firstMax: number;
  /** New cards drawn in each later frame. */
  readonly perFrame: number;
}

export const FILL: FillOptions = { allAtOnce: 60, firstMax: 150, perFrame: 40 };

export interface Placed {
  readonly id: number;
  readonly box: Box;
}

/**
 * The ids of `entering` (new cards, in scene order) in the order they are drawn: `chunks[0]`
 * with the update, then one chunk a frame. Every id appears exactly once; the first chunk may be
 * empty (nothing new in view).
 */
export function planFill(
  entering: readonly Placed[],
  view: Box,
  options: FillOptions = FILL,
): number[][] {
  if (entering.length <= options.allAtOnce) return [entering.map((n) => n.id)];
  // Nearest to the view first; in view (distance 0) in scene order. sort() is stable.
  const byDistance = entering
    .map((n, i) => ({ id: n.id, i, d: distance(n.box, view) }))
    .sort((a, b) => a.d - b.d || a.i - b.i);
  const inView = byDistance.findIndex((n) => n.d > 0);
  const first = Math.min(inView < 0 ? byDistance.length : inView, options.firstMax);
  const chunks = [byDistance.slice(0, first).map((n) => n.id)];
  for (let i = first; i < byDistance.length; i += options.perFrame) {
    chunks.push(byDistance.slice(i, i + options.perFrame).map((n) => n.id));
  }
  return chunks;
}

/** The part of `scene` with the cards in `shown`: every frame, and the arrows between drawn ends. */
export function partialScene(scene: Scene, shown: ReadonlySet<number>): Scene {
  if (scene.nodes.every((n) => shown.has(n.id))) return scene;
  const nodes: ObjectNode[] = scene.nodes.filter((n) => shown.has(n.id));
  const edges = scene.edges.filter(
    (e) => shown.has(e.targetId) && (e.fromFrame || shown.has(e.sourceId)),
  );
  return { ...scene, nodes, edges };
}

/** How far a box is from the view, in canvas units (0 when any of it is in view). */
function distance(box: Box, view: Box): number {
  const dx = Math.max(view.x - (box.x + box.w), 0, box.x - (view.x + view.w));
  const dy = Math.max(view.y - (box.y + box.h), 0, box.y - (view.y + view.h));
  return Math.hypot(dx, dy);
}
