/**
 * The reachability overlay's "✗ unreachable: only the collector can find it" tag above a card,
 * placed clear of the refcount badges, the arrowheads and the other tags (labelPlacement.ts).
 * It would sit over its card's top left corner; a refcount badge or an arrowhead there moves it.
 */
import type { Box } from './geometry';
import { drawnObstacles, ORIGIN, translateOf } from './labelObstacles';
import { placeLabels } from './labelPlacement';
import type { ObjectNode } from './scene';
import type { Layer } from './selection';

/** The preferred offset from the card: above it, ending left of the refcount badge. */
const TAG_DX = -10;
const TAG_DY = -31;

export function placeLostTags(nodeLayer: Layer, edgeLayer: Layer): void {
  const tags: { tag: SVGGElement; card: Box; preferred: Box }[] = [];
  nodeLayer
    .selectAll<SVGGElement, ObjectNode>('g.node.unreachable:not(.exiting)')
    .each(function (d) {
      const tag = this.querySelector<SVGGElement>('g.lost-tag');
      const rect = tag?.querySelector('rect');
      if (!tag || !rect) return;
      const w = Number(rect.getAttribute('width')) || 0;
      const h = Number(rect.getAttribute('height')) || 0;
      const preferred = { x: d.box.x + TAG_DX, y: d.box.y + TAG_DY, w, h };
      tags.push({ tag, card: d.box, preferred });
    });
  if (tags.length === 0) return;
  const drawn = drawnObstacles(nodeLayer, edgeLayer);
  const placed = placeLabels(
    tags.map((t, i) => ({ key: String(i), preferred: t.preferred })),
    { cards: drawn.cards, solid: drawn.badges, arrowheads: drawn.arrowheads, origin: ORIGIN },
  );
  placed.forEach((p, i) => {
    const { tag, card } = tags[i]!;
    const [x, y] = [p.box.x - card.x, p.box.y - card.y];
    const [tx, ty] = translateOf(tag.getAttribute('transform') ?? '');
    if (tx !== x || ty !== y) tag.setAttribute('transform', `translate(${x},${y})`);
  });
}
