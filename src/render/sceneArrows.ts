/**
 * The scene's arrows with their paths: every card, pill and frame panel (and each card's
 * refcount badge) is a box the router keeps arrows out of, except the body an arrow leaves and
 * the one it enters (route.ts).
 *
 * The router loads apart from the first load (`loadRouter`), whose budget it does not fit: the
 * first heap is drawn with direct curves (directArrow.ts) if it comes first, and the canvas draws
 * again with routed arrows once it has come.
 */
import { arrowPath } from './directArrow';
import { lateCode } from './lateCode';
import { BADGE_CENTRE, CARD, type Box, type Exit, type Point } from './geometry';
import type { Obstacle, RouteStats } from './route';
import type { Edge, FramePanel, ObjectNode } from './scene';

const router = lateCode(() => import('./route'));

/** Loads the router (once per page; again after a failure); resolves when arrows are routed. */
export const loadRouter = router.load;

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
  const code = router.now();
  if (!code)
    return drafts.map(({ from, exit, target, ...edge }) => ({
      ...edge,
      d: arrowPath(from, exit, target),
    }));
  const paths = code.routeArrows(
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
