/**
 * The overview map's picture of the heap: every card and frame as a box, the drawing's extent and
 * the part of it in view, all in canvas units; and the scale that fits the drawing in the map.
 * Pure data from the scene and the view (heapCanvas.ts makes it; the map draws it).
 */
import type { Box, Point } from './geometry';
import type { Scene } from './scene';

/** A heap of more cards than this opens the overview map by itself (a view holds ~20 at full size). */
export const BIG_HEAP = 40;

export interface Overview {
  /** Where the drawing ends (its bottom-right corner); it starts at the origin. */
  readonly extent: Point;
  /** Object cards and pills, by object id. */
  readonly objects: readonly { readonly id: number; readonly box: Box; readonly pill: boolean }[];
  /** The frame panels (Globals and the calls in progress). */
  readonly frames: readonly Box[];
  /** The part of the drawing in view. */
  readonly view: Box;
}

export function overviewOf(scene: Scene | null, view: Box): Overview {
  return {
    extent: scene?.extent ?? { x: 0, y: 0 },
    objects: scene?.nodes.map((n) => ({ id: n.id, box: n.box, pill: n.kind === 'pill' })) ?? [],
    frames: scene?.frames.map((f) => f.box) ?? [],
    view,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Whether the view shows nothing of the heap: no card, pill or frame reaches into it (panned
 * off it, or zoomed into a gap). An empty heap is never "lost".
 */
export function heapOffScreen(o: Overview): boolean {
  if (o.objects.length === 0 && o.frames.length === 0) return false;
  return (
    !o.frames.some((b) => overlaps(b, o.view)) && !o.objects.some((n) => overlaps(n.box, o.view))
  );
}

/**
 * The scale that fits the drawing and the view (which may reach past it) into a `size` map; and
 * the canvas point at the map's origin. What the map shows is the union of both, so the view's
 * rectangle stays on the map even when the view has wandered off the heap.
 */
export function mapFrame(
  o: Overview,
  size: { w: number; h: number },
): { k: number; origin: Point } {
  const x0 = Math.min(0, o.view.x);
  const y0 = Math.min(0, o.view.y);
  const x1 = Math.max(o.extent.x, o.view.x + o.view.w, 1);
  const y1 = Math.max(o.extent.y, o.view.y + o.view.h, 1);
  const k = Math.min(size.w / (x1 - x0), size.h / (y1 - y0));
  return { k, origin: { x: x0, y: y0 } };
}
