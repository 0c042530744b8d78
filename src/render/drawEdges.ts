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

  const all = entered.merge(joined);
  all
    .classed('to-interned', (d) => d.toInterned)
    .classed('weak', (d) => d.weak)
    .select('path.line')
    .attr('marker-end', (d) =>
      d.weak ? 'url(#hs-arrow-weak)' : d.toInterned ? 'url(#hs-arrow-light)' : 'url(#hs-arrow)',
    );

  // Only arrows whose path changed (a name row moved up after a `del`) are redrawn.
  const moved = joined.filter(function (d) {
    return this.getAttribute('data-d') !== d.d;
  });
  moved.attr('data-d', (d) => d.d);
  moved.select('path.hit').attr('d', (d) => d.d);
  const paths = moved.select('path.line');
  (animate ? paths.transition().duration(250) : paths).attr('d', (d) => d.d);

  const exited = joined.exit<Edge>().classed('exiting', true);
  exited.select('path.hit').remove();
  return { entered, exited };
}

/** Highlights the arrows into and out of the selected object, and the selected arrow itself. */
export function markRelated(layer: Layer, selection: Picked | null): void {
  const id = selection?.kind === 'object' ? selection.id : null;
  const key = selection && selection.kind !== 'object' ? itemKey(selection) : null;
  layer
    .selectAll<SVGGElement, Edge>('g.edge')
    .classed('related', (d) => d.sourceId === id || d.targetId === id)
    .classed('selected', (d) => d.item !== null && itemKey(d.item) === key);
}
