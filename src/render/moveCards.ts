/**
 * Moving a card by hand: dragging a card's body puts the card where it is dropped, and it stays
 * there for as long as the object lives (the layout pins it; see StableLayout.pin). The card
 * follows the pointer while dragging; its arrows are drawn again to the new place on the drop.
 *
 * A press that moves less than a few pixels is a click (it selects the card, as before); d3-drag
 * keeps the press from reaching the zoom behaviour, so dragging a card never pans. Nothing moves
 * while the collector's walkthrough marks the cards.
 */
import { drag } from 'd3-drag';
import { pointer } from 'd3-selection';
import type { Point } from './geometry';
import type { ObjectNode } from './scene';
import type { Bound } from './selection';

const MIN_DISTANCE = 5;

/** The top-left corner a node group is drawn at (its `translate(x,y)`). */
function placeOf(node: Element): Point {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(node.getAttribute('transform') ?? '');
  return m ? { x: Number(m[1]), y: Number(m[2]) } : { x: 0, y: 0 };
}

/** Makes the cards of `nodes` (newly drawn node groups) movable by dragging their body. */
export function makeMovable(
  svg: SVGSVGElement,
  nodes: Bound<ObjectNode>,
  onMoved: (id: number, at: Point) => void,
): void {
  let start: Point = { x: 0, y: 0 };
  let origin: Point = { x: 0, y: 0 };
  let to: Point | null = null;
  const behaviour = drag<SVGGElement, ObjectNode>()
    .filter((event: MouseEvent) => !event.button && !svg.classList.contains('collecting'))
    .clickDistance(MIN_DISTANCE)
    .on('start', function (event: { sourceEvent: Event }) {
      const [x, y] = pointer(event.sourceEvent, svg);
      start = { x, y };
      origin = placeOf(this.parentElement!);
      to = null;
    })
    .on('drag', function (event: { sourceEvent: Event }) {
      const [x, y] = pointer(event.sourceEvent, svg);
      if (!to && Math.hypot(x - start.x, y - start.y) < MIN_DISTANCE) return;
      to = { x: Math.round(origin.x + x - start.x), y: Math.round(origin.y + y - start.y) };
      this.parentElement!.setAttribute('transform', `translate(${to.x},${to.y})`);
    })
    .on('end', (_event, d) => {
      if (to) onMoved(d.id, to);
      to = null;
    });
  nodes.select<SVGGElement>('g.hit').call(behaviour);
}
