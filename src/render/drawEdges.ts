/**
 * Arrows: from each name row and each container slot to the object it refers to. A weak
 * reference is drawn dashed with a hollow arrowhead (its line style says it, not only a colour);
 * dashes are costly to paint, but weak references are few, and no other arrow is dashed unless
 * it is animating (see design/rendering-performance.md). Arrows sit below
 * the cards, so an arrow that has to cross a card disappears under it instead of scribbling over
 * its text. Like nodes, dead arrows are handed back for the timeline to fade.
 */
import 'd3-transition';
import type { Selection as Picked } from '../store/selection';
import type { Edge } from './scene';
import { itemKey, type Bound, type CanvasCallbacks, type Layer } from './selection';

const MARKERS = {
  weak: 'url(#hs-arrow-weak)',
  light: 'url(#hs-arrow-light)',
  strong: 'url(#hs-arrow)',
} as const;

/** The style each arrow is drawn with, so an update restyles only the arrows that changed. */
const drawnStyle = new WeakMap<SVGGElement, keyof typeof MARKERS>();

export interface DrawnEdges {
  readonly entered: Bound<Edge>;
  readonly exited: Bound<Edge>;
}

/**
 * Arrows are drawn for the eye; a wide transparent stroke over each one takes the clicks that
 * select it. Keyboard users reach the same reference through its slot cell (or the name row).
 */
export function drawEdges(
  layer: Layer,
  edges: readonly Edge[],
  callbacks: CanvasCallbacks,
  animate: boolean,
): DrawnEdges {
  const joined = layer
    .selectAll<SVGGElement, Edge>('g.edge:not(.exiting)')
    .data(edges, (d) => d.key);

  const entered = joined
    .enter()
    .append('g')
    .attr('class', 'edge')
    .attr('aria-hidden', 'true')
    .attr('data-source', (d) => d.sourceId)
    .attr('data-target', (d) => d.targetId)
    .attr('data-d', (d) => d.d);
  entered
    .append('path')
    .attr('class', 'line')
    .attr('d', (d) => d.d);
  entered
    .filter((d) => d.item !== null)
    .append('path')
    .attr('class', 'hit')
    .attr('d', (d) => d.d)
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      if (d.item) callbacks.onActivate(d.item);
    });

  // Style is set only where it changed: touching every arrow's marker makes the browser lay out
  // every arrow again (about 35 ms at 300 cards), for one new reference.
  entered.merge(joined).each(function (d) {
    const style = d.weak ? 'weak' : d.toInterned ? 'light' : 'strong';
    if (drawnStyle.get(this) === style) return;
    drawnStyle.set(this, style);
    this.classList.toggle('to-interned', d.toInterned);
    this.classList.toggle('weak', d.weak);
    this.querySelector('path.line')?.setAttribute('marker-end', MARKERS[style]);
  });

  // Only arrows whose path changed (a name row moved up after a `del`) are redrawn.
  // A path only glides to a path of the same shape (a curve to a curve, a route to a route with
  // as many corners); one that changes shape is set at once, as tweening it would scribble.
  const moved = joined.filter(function (d) {
    return this.getAttribute('data-d') !== d.d;
  });
  const glides = moved.filter(function (d) {
    return animate && shapeOf(this.getAttribute('data-d') ?? '') === shapeOf(d.d);
  });
  const jumps = moved.filter(function (d) {
    return !animate || shapeOf(this.getAttribute('data-d') ?? '') !== shapeOf(d.d);
  });
  moved.attr('data-d', (d) => d.d);
  moved.select('path.hit').attr('d', (d) => d.d);
  jumps
    .select<SVGPathElement>('path.line')
    .interrupt()
    .attr('d', (d) => d.d);
  glides
    .select('path.line')
    .transition()
    .duration(250)
    .attr('d', (d) => d.d);

  const exited = joined.exit<Edge>().classed('exiting', true);
  exited.select('path.hit').remove();
  return { entered, exited };
}

/** The commands of a path without their numbers: "MC" for a curve, "MLQLQL" for a route. */
function shapeOf(d: string): string {
  return d.replace(/[^A-Za-z]/g, '');
}

/** Highlights the arrows into and out of the selected object, and the selected arrow itself. */
export function markRelated(layer: Layer, selection: Picked | null): void {
  // Only the arrows marked before and the ones to mark now are touched.
  layer
    .selectAll<SVGGElement, Edge>('g.edge.related, g.edge.selected')
    .classed('related', false)
    .classed('selected', false);
  if (!selection) return;
  if (selection.kind === 'object') {
    const id = selection.id;
    layer
      .selectAll<SVGGElement, Edge>(`g.edge[data-source="${id}"], g.edge[data-target="${id}"]`)
      .classed('related', true);
    return;
  }
  const key = itemKey(selection);
  const source = selection.kind === 'name' ? selection.frameId : selection.holderId;
  layer
    .selectAll<SVGGElement, Edge>(`g.edge[data-source="${source}"]`)
    .filter((d) => d.item !== null && itemKey(d.item) === key)
    .classed('selected', true);
}
