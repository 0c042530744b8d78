/**
 * The scene's arrows with their paths: every card, pill and frame panel (and each card's
 * refcount badge) is a box the router keeps arrows out of, except the body an arrow leaves and
 * the one it enters (route.ts).
 */
import { BADGE_CENTRE, CARD, type Box, type Exit, type Point } from './geometry';
import { routeArrows, type Obstacle, type RouteStats } from './route';
import type { Edge, FramePanel, ObjectNode } from './scene';

/** An arrow before routing: where it leaves, which way, and the body it points at. */
export interface ArrowDraft extends Omit<Edge, 'd'> {
  readonly from: Point;
  readonly exit: Exit;
  readonly target: Box;
}

/** Frames and objects have ids of their own; obstacle owners keep them apart. */
const frameOwner = (id: number) => -1 - id;

export function routeSceneArrows(
  drafts: readonly ArrowDraft[],
  frames: readonly FramePanel[],
  nodes: readonly ObjectNode[],
  stats?: RouteStats,
): Edge[] {
  const obstacles: Obstacle[] = [];
  for (const f of frames) obstacles.push({ box: f.box, owner: frameOwner(f.id), body: true });
  for (const n of nodes) {
    obstacles.push({ box: n.box, owner: n.id, body: true });
    if (n.kind === 'card') obstacles.push({ box: badgeBox(n), owner: n.id, body: false });
  }
  const paths = routeArrows(
    drafts.map((a) => ({
      from: a.from,
      exit: a.exit,
      sourceOwner: a.fromFrame ? frameOwner(a.sourceId) : a.sourceId,
      targetOwner: a.targetId,
      target: a.target,
    })),
    obstacles,
    stats,
  );
  return drafts.map(({ from: _from, exit: _exit, target: _target, ...edge }, i) => ({
    ...edge,
    d: paths[i]!,
  }));
}

/** The refcount badge on a card's top right corner, as wide as drawNodes draws its count. */
function badgeBox(n: ObjectNode): Box {
  const w = Math.max(2 * CARD.badgeRadius, String(n.view.refcount).length * 7.4 + 10);
  return {
    x: n.box.x + BADGE_CENTRE.x - w / 2,
    y: n.box.y + BADGE_CENTRE.y - CARD.badgeRadius,
    w,
    h: 2 * CARD.badgeRadius,
  };
}
