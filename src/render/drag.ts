/**
 * Dragging to make a reference: from a name row (rebind the name) or from a card's "add reference"
 * handle (append, set a key or an attribute) onto an object. While dragging, a band with an
 * arrowhead follows the pointer and the card under it is outlined; dropping reports the pair and
 * nothing else: what it means is decided by the action registry, outside the canvas.
 *
 * d3-drag stops the mousedown from reaching the zoom behaviour, so dragging a name never pans.
 * A press that moves less than a few pixels is a click, not a drop: on a name row it activates
 * the row, as Enter does.
 */
import { drag } from 'd3-drag';
import { pointer, select, type Selection } from 'd3-selection';
import type { CanvasCallbacks, Layer } from './selection';
import type { NameRow, ObjectNode } from './scene';
import { CARD, FRAME } from './geometry';

const MIN_DISTANCE = 8;

export interface DragSources {
  /** Makes name rows draggable (only rows whose datum says so). */
  rows(rows: Selection<SVGGElement, NameRow, SVGGElement, unknown>): void;
  /** Makes the "add reference" handles of newly drawn cards draggable. */
  handles(nodes: Selection<SVGGElement, ObjectNode, SVGGElement, unknown>): void;
}

export function createDragSources(
  svg: SVGSVGElement,
  overlay: Layer,
  callbacks: CanvasCallbacks,
): DragSources {
  let band: Selection<SVGPathElement, unknown, null, undefined> | null = null;
  let hovered: Element | null = null;
  let start = { x: 0, y: 0 };
  let moved = false;

  /** The card under the pointer (pointer events pass through the band), or null. */
  const targetAt = (event: { sourceEvent: Event }): Element | null => {
    const src = event.sourceEvent as MouseEvent & { changedTouches?: TouchList };
    const p = src.changedTouches?.[0] ?? src;
    if (typeof p.clientX !== 'number') return null;
    // Under the cover that shows the crosshair: the first card among everything at the point.
    for (const el of document.elementsFromPoint(p.clientX, p.clientY)) {
      if (el === cover?.node()) continue;
      return el.closest('g.node:not(.exiting)');
    }
    return null;
  };

  const hover = (el: Element | null) => {
    if (el === hovered) return;
    hovered?.classList.remove('drop-target');
    hovered = el;
    hovered?.classList.add('drop-target');
  };

  /**
   * A transparent rectangle over the whole drawing shows the crosshair while dragging. Changing
   * the cursor of the drawing's elements instead would make the browser restyle all of them
   * (7,000 elements at 300 cards, ~40 ms) when a drag starts and again when it ends.
   */
  let cover: Selection<SVGRectElement, unknown, null, undefined> | null = null;

  const begin = (from: { x: number; y: number }) => {
    start = from;
    moved = false;
    svg.classList.add('dragging');
    cover = select(overlay.node()!)
      .append('rect')
      .attr('class', 'drag-cover')
      .attr('x', -1e5)
      .attr('y', -1e5)
      .attr('width', 2e5)
      .attr('height', 2e5) as unknown as Selection<SVGRectElement, unknown, null, undefined>;
    band = select(overlay.node()!)
      .append('path')
      .attr('class', 'drag-band')
      .attr('marker-end', 'url(#hs-arrow-drag)') as unknown as Selection<
      SVGPathElement,
      unknown,
      null,
      undefined
    >;
  };

  const follow = (event: { sourceEvent: Event }) => {
    const [x, y] = pointer(event.sourceEvent, svg);
    if (Math.hypot(x - start.x, y - start.y) >= MIN_DISTANCE) moved = true;
    band?.attr('d', `M${start.x},${start.y} L${x},${y}`);
    hover(moved ? targetAt(event) : null);
  };

  const finish = (event: { sourceEvent: Event }): number | null => {
    const el = moved ? targetAt(event) : null;
    hover(null);
    band?.remove();
    band = null;
    cover?.remove();
    cover = null;
    svg.classList.remove('dragging');
    const id = el?.getAttribute('data-id');
    return id ? Number(id) : null;
  };

  const rowDrag = drag<SVGGElement, NameRow>()
    .filter((event: MouseEvent) => !event.button)
    .on('start', (_event, d) => begin({ x: FRAME.x + d.box.w - 10, y: d.box.y + d.box.h / 2 }))
    .on('drag', follow)
    .on('end', (event, d) => {
      const wasDrag = moved;
      const target = finish(event);
      if (target !== null && d.item.kind === 'name') callbacks.onDropName(d.item, target);
      // A press that never became a drag is the row's click: the browser's own click event
      // does not reach the row, since the cover took the release (and d3 cancels a touch's).
      else if (!wasDrag) callbacks.onActivate(d.item);
    });

  const handleDrag = drag<SVGGElement, ObjectNode>()
    .filter((event: MouseEvent) => !event.button)
    .on('start', (_event, d) => begin({ x: d.box.x + CARD.width - 4, y: d.box.y + d.box.h - 4 }))
    .on('drag', follow)
    .on('end', (event, d) => {
      const target = finish(event);
      if (target !== null) callbacks.onDropReference(d.id, target);
    });

  return {
    rows(rows) {
      rows.filter((d) => d.draggable).call(rowDrag);
    },
    handles(nodes) {
      nodes.select<SVGGElement>('g.ref-handle').call(handleDrag);
    },
  };
}
