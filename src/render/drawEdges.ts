/**
 * Arrows: from each name row and each container slot to the object it refers to. Arrows sit below
 * the cards, so an arrow that has to cross a card disappears under it instead of scribbling over
 * its text. Like nodes, dead arrows are handed back for the timeline to fade.
 */
import 'd3-transition';
import type { Edge } from './scene';
import type { Bound, Layer } from './selection';

export interface DrawnEdges {
  readonly entered: Bound<Edge>;
  readonly exited: Bound<Edge>;
}

export function drawEdges(layer: Layer, edges: readonly Edge[], animate: boolean): DrawnEdges {
  const joined = layer
    .selectAll<SVGGElement, Edge>('g.edge:not(.exiting)')
    .data(edges, (d) => d.key);

  const entered = joined
    .enter()
    .append('g')
    .attr('class', 'edge')
    .attr('aria-hidden', 'true')
    .attr('data-d', (d) => d.d);
  entered.append('path').attr('d', (d) => d.d);

  const all = entered.merge(joined);
  all
    .classed('to-interned', (d) => d.toInterned)
    .select('path')
    .attr('marker-end', (d) => (d.toInterned ? 'url(#hs-arrow-light)' : 'url(#hs-arrow)'));

  // Only arrows whose path changed (a name row moved up after a `del`) are redrawn.
  const moved = joined.filter(function (d) {
    return this.getAttribute('data-d') !== d.d;
  });
  moved.attr('data-d', (d) => d.d);
  const paths = moved.select('path');
  (animate ? paths.transition().duration(250) : paths).attr('d', (d) => d.d);

  const exited = joined.exit<Edge>().classed('exiting', true);
  return { entered, exited };
}

/** Highlights the arrows into and out of the selected object. */
export function markRelated(layer: Layer, selectedId: number | null): void {
  layer
    .selectAll<SVGGElement, Edge>('g.edge')
    .classed('related', (d) => d.sourceId === selectedId || d.targetId === selectedId);
}
