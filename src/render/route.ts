/**
 * Arrow routing: boxes in, SVG paths out. An arrow keeps its smooth direct curve when that curve
 * clears every box but the two it joins; otherwise it is routed orthogonally around the boxes
 * (A* over the grid of lines that run a margin outside each box, with a cost per bend) and its
 * corners are rounded. Arrows into one box end at ports spread along its side, so parallel arrows
 * and their heads stay apart, arrows of the same pair run in lanes a few pixels apart, and
 * arrows to different boxes that pass the same gap are moved onto tracks of their own (nudge.ts).
 *
 * What holds: a routed path never comes within `clearance` of a box other than its source body
 * (which its first leg leaves) and its target body (which its last, straight leg enters), and that
 * last leg is at least `margin` long, so the arrowhead sits in the open. When no route is found
 * inside the search cap, the arrow falls back to its direct curve (degrades, never hangs).
 * Pure: no DOM, no d3.
 */
import { BoxIndex } from './boxIndex';
import { MinHeap } from './minHeap';
import { nudgeApart, type RoutedPath } from './nudge';
import type { Box, Exit, Point } from './geometry';

/** A box arrows go around: a card's or frame's body, or the refcount badge on its corner. */
export interface Obstacle {
  readonly box: Box;
  /** The card or frame it belongs to (a badge shares its card's owner). */
  readonly owner: number;
  /** The body itself (arrows leave and enter bodies), not a badge or tag on it. */
  readonly body: boolean;
}

export interface ArrowRequest {
  readonly from: Point;
  readonly exit: Exit;
  /** Owner of the body the arrow leaves (a card, or a name's frame panel). */
  readonly sourceOwner: number;
  readonly targetOwner: number;
  readonly target: Box;
}

export const ROUTE = {
  /** How far outside a box the routing lines run, and how long the last straight leg is. */
  margin: 14,
  /** How close a path may come to a box it must avoid. */
  clearance: 3,
  /** Extra margin per further arrow of the same pair, so their middle legs do not overlap. */
  lane: 5,
  bend: 30,
  /** Entering a box from below, through its slot strip, is a last resort. */
  bottomSide: 80,
  corner: 12,
  /** Share of its length a trunk (a route into the same target) costs to follow. */
  trunk: 0.5,
  /** Room past the source and target that a route may use; widened once if nothing fits. */
  pad: 120,
  /** A* expansions per arrow, and for all arrows of one drawing (beyond it: direct curves). */
  maxExpanded: 20_000,
  totalExpanded: 150_000,
} as const;

type Side = 'left' | 'right' | 'top' | 'bottom';
const SIDES: readonly Side[] = ['left', 'top', 'right', 'bottom'];

/** Direction an arrow travels when it enters each side. */
const INWARD: Record<Side, Point> = {
  left: { x: 1, y: 0 },
  right: { x: -1, y: 0 },
  top: { x: 0, y: 1 },
  bottom: { x: 0, y: -1 },
};

/** Directions of travel: right, down, left, up. */
const DX = [1, 0, -1, 0] as const;
const DY = [0, 1, 0, -1] as const;

export interface RouteStats {
  /** Arrows whose direct curve was clear. */
  direct: number;
  routed: number;
  /** Arrows left on their direct curve because no route was found within the caps. */
  fallback: number;
  /** Blocked arrows that took their route of the last drawing again (still clear). */
  reused: number;
  expanded: number;
}

/**
 * Routes every arrow; returns their SVG paths in request order. Arrows whose direct curve is
 * blocked are routed longest first: the long routes become trunks that later arrows into the same
 * target join (see Trunks), which is what keeps a fan of hundreds of arrows cheap. Past the search
 * budget of a huge drawing, the arrows left are drawn on their direct curves.
 */
export function routeArrows(
  requests: readonly ArrowRequest[],
  obstacles: readonly Obstacle[],
  stats?: RouteStats,
): string[] {
  const index = new BoxIndex(obstacles);
  const ports = spreadPorts(requests);
  const lanes = pairLanes(requests);
  const tally: RouteStats = stats ?? { direct: 0, routed: 0, fallback: 0, reused: 0, expanded: 0 };
  const paths = new Array<string>(requests.length);
  const blocked: { i: number; reach: number }[] = [];
  requests.forEach((req, i) => {
    const side = facingSide(req.from, req.target);
    const curve = curvePoints(req.from, req.exit, portPoint(req.target, side, ports[i]!), side);
    paths[i] = curveD(curve);
    const skipEnds = (o: Obstacle) =>
      o.body && (o.owner === req.sourceOwner || o.owner === req.targetOwner);
    if (!curveHits(curve, index, skipEnds)) tally.direct++;
    else blocked.push({ i, reach: dist(req.from, curve[3]!) });
  });
  blocked.sort((a, b) => b.reach - a.reach);
  const kept = new Map<string, Point[]>();
  const trunks = new Trunks();
  const routed: RoutedPath[] = [];
  for (const { i } of blocked) {
    const req = requests[i]!;
    const key = routeKey(req, ports[i]!, lanes[i]!);
    let path = cache.get(key);
    if (path && !stillClear(path, req, index)) path = undefined;
    else if (path) tally.reused++;
    if (!path && tally.expanded < ROUTE.totalExpanded) {
      path =
        routeOne(req, ports[i]!, lanes[i]!, ROUTE.pad, index, trunks, tally) ??
        routeOne(req, ports[i]!, lanes[i]!, ROUTE.pad * 4, index, trunks, tally) ??
        undefined;
      if (path) tally.routed++;
    }
    if (path) {
      kept.set(key, path);
      trunks.add(req, path);
      routed.push({ id: i, target: req.targetOwner, points: path });
    } else tally.fallback++;
  }
  // Only the routes of this drawing are remembered, so the cache never outgrows one heap.
  cache = kept;
  nudgeApart(routed, (i, points) => stillClear(points, requests[i]!, index));
  for (const { id, points } of routed) paths[id] = roundedD(points, index, requests[id]!);
  return paths;
}

/**
 * Routes of the last drawing, by arrow. A step of a program moves few cards, so most routes are
 * reused as they were: a remembered route is taken again while it is still clear of every box
 * (checked leg by leg, far cheaper than a search), and it keeps arrows from jumping between steps.
 */
let cache = new Map<string, Point[]>();

function routeKey(req: ArrowRequest, port: number, lane: number): string {
  const t = req.target;
  return `${req.from.x},${req.from.y},${req.exit},${t.x},${t.y},${t.w},${t.h},${port},${lane}`;
}

/** Whether a remembered route still clears every box (the first and last legs their ends aside). */
function stillClear(path: readonly Point[], req: ArrowRequest, index: BoxIndex<Obstacle>): boolean {
  const last = path.length - 1;
  for (let k = 1; k <= last; k++) {
    const skip =
      k === 1
        ? (o: Obstacle) => o.body && o.owner === req.sourceOwner
        : k === last
          ? (o: Obstacle) => o.body && o.owner === req.targetOwner
          : null;
    if (segmentHits(path[k - 1]!, path[k]!, index, skip)) return false;
  }
  return true;
}

/**
 * Where along a side each arrow into a box ends, as a fraction: the k arrows into one box get
 * k distinct ports, in the order of their sources (top to bottom, then left to right).
 */
function spreadPorts(requests: readonly ArrowRequest[]): number[] {
  const byTarget = new Map<number, number[]>();
  requests.forEach((r, i) => {
    const list = byTarget.get(r.targetOwner);
    if (list) list.push(i);
    else byTarget.set(r.targetOwner, [i]);
  });
  const ports = new Array<number>(requests.length).fill(0.5);
  for (const list of byTarget.values()) {
    list.sort(
      (a, b) =>
        requests[a]!.from.y - requests[b]!.from.y || requests[a]!.from.x - requests[b]!.from.x,
    );
    list.forEach((req, k) => (ports[req] = (k + 1) / (list.length + 1)));
  }
  return ports;
}

/** 0 for the first arrow between a source and a target, 1 for the second, and so on. */
function pairLanes(requests: readonly ArrowRequest[]): number[] {
  const seen = new Map<string, number>();
  return requests.map((r) => {
    const key = `${r.sourceOwner}>${r.targetOwner}`;
    const lane = seen.get(key) ?? 0;
    seen.set(key, lane + 1);
    return Math.min(lane, 4);
  });
}

/**
 * The side of the target that faces the source: left when the source is clearly left of it,
 * right when clearly right; a source in its own column comes in from the top when above it, and
 * from the right when below.
 */
function facingSide(from: Point, to: Box): Side {
  if (from.x < to.x - 8) return 'left';
  if (from.x > to.x + to.w + 8) return 'right';
  return from.y < to.y ? 'top' : 'right';
}

/**
 * The port at fraction `t` of a side. Ports keep off the corners, and a top port keeps left of
 * the refcount badge on the top right corner.
 */
function portPoint(b: Box, side: Side, t: number): Point {
  const inset = Math.min(8, b.h / 4);
  const along = (lo: number, hi: number) => lo + (hi - lo) * t;
  switch (side) {
    case 'left':
      return { x: b.x, y: along(b.y + inset, b.y + b.h - inset) };
    case 'right':
      return { x: b.x + b.w, y: along(b.y + Math.max(inset, 16), b.y + b.h - inset) };
    case 'top':
      return { x: along(b.x + 10, b.x + b.w - 34), y: b.y };
    case 'bottom':
      return { x: along(b.x + 10, b.x + b.w - 10), y: b.y + b.h };
  }
}

/** The direct arrow: a cubic that leaves in the exit direction and enters the side head-on. */
function curvePoints(from: Point, exit: Exit, end: Point, side: Side): Point[] {
  const reach = Math.max(36, Math.min(120, Math.hypot(end.x - from.x, end.y - from.y) / 2.5));
  let c1: Point;
  if (exit === 'right') c1 = { x: from.x + reach, y: from.y };
  // A slot arrow whose target is above leaves with a short hook to the right, not a long dive.
  else if (end.y < from.y) c1 = { x: from.x + reach * 0.6, y: from.y + 24 };
  else c1 = { x: from.x, y: from.y + reach };
  const inward = INWARD[side];
  const c2 = { x: end.x - inward.x * reach, y: end.y - inward.y * reach };
  return [from, c1, c2, end];
}

function curveD([a, b, c, d]: Point[]): string {
  return `M${r(a!.x)},${r(a!.y)} C${r(b!.x)},${r(b!.y)} ${r(c!.x)},${r(c!.y)} ${r(d!.x)},${r(d!.y)}`;
}

/**
 * Whether the cubic comes within `clearance` of a box `skip` does not excuse. The curve lies in
 * the bounding box of its control points, so a piece whose control box is clear is clear; other
 * pieces are halved (de Casteljau) until they are clear or a couple of pixels small, and a small
 * piece still near a box counts as a hit (the arrow is then routed: erring that way is safe).
 */
function curveHits(
  [a, b, c, d]: Point[],
  index: BoxIndex<Obstacle>,
  skip: (o: Obstacle) => boolean,
): boolean {
  const hits = (p0: Point, p1: Point, p2: Point, p3: Point, depth: number): boolean => {
    const x0 = Math.min(p0.x, p1.x, p2.x, p3.x);
    const x1 = Math.max(p0.x, p1.x, p2.x, p3.x);
    const y0 = Math.min(p0.y, p1.y, p2.y, p3.y);
    const y1 = Math.max(p0.y, p1.y, p2.y, p3.y);
    if (!index.hits(x0, y0, x1, y1, ROUTE.clearance, skip)) return false;
    if ((x1 - x0 < 2 && y1 - y0 < 2) || depth > 14) return true;
    const m01 = mid(p0, p1);
    const m12 = mid(p1, p2);
    const m23 = mid(p2, p3);
    const m012 = mid(m01, m12);
    const m123 = mid(m12, m23);
    const half = mid(m012, m123);
    return hits(p0, m01, m012, half, depth + 1) || hits(half, m123, m23, p3, depth + 1);
  };
  return hits(a!, b!, c!, d!, 0);
}

function mid(p: Point, q: Point): Point {
  return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
}

export function cubicAt(a: Point, b: Point, c: Point, d: Point, t: number): Point {
  const u = 1 - t;
  const [k0, k1, k2, k3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return {
    x: k0 * a.x + k1 * b.x + k2 * c.x + k3 * d.x,
    y: k0 * a.y + k1 * b.y + k2 * c.y + k3 * d.y,
  };
}

interface Goal {
  readonly node: number;
  readonly port: Point;
  /** Direction (0–3) of the last leg into the side. */
  readonly dir: number;
  readonly extra: number;
}

/**
 * One orthogonal route as its corner points, from the source point to a port on the target, or
 * null when none is found inside the window and the caps.
 */
function routeOne(
  req: ArrowRequest,
  t: number,
  lane: number,
  pad: number,
  index: BoxIndex<Obstacle>,
  trunks: Trunks,
  tally: RouteStats,
): Point[] | null {
  const m = ROUTE.margin;
  const c = ROUTE.clearance;
  const isSource = (o: Obstacle) => o.body && o.owner === req.sourceOwner;
  const isTarget = (o: Obstacle) => o.body && o.owner === req.targetOwner;

  // The first leg: straight out of the source body, to a margin past its edge.
  const sourceBody = index
    .query(req.from.x, req.from.y, req.from.x, req.from.y)
    .find((o) => isSource(o))?.box;
  const start =
    req.exit === 'right'
      ? { x: (sourceBody ? sourceBody.x + sourceBody.w : req.from.x) + m, y: req.from.y }
      : { x: req.from.x, y: (sourceBody ? sourceBody.y + sourceBody.h : req.from.y) + m };
  const startDir = req.exit === 'right' ? 0 : 1;
  if (segmentHits(req.from, start, index, isSource)) return null;

  // The last leg: straight into a port, from a margin outside the side.
  const ends: { port: Point; before: Point; dir: number; extra: number }[] = [];
  for (const side of SIDES) {
    const port = portPoint(req.target, side, t);
    const inward = INWARD[side];
    const before = { x: port.x - inward.x * m, y: port.y - inward.y * m };
    if (segmentHits(before, port, index, isTarget)) continue;
    // A side whose approach is walled in is left out: searching for it would exhaust the window.
    if (index.hits(before.x, before.y, before.x, before.y, c, null)) continue;
    const dir = inward.x === 1 ? 0 : inward.y === 1 ? 1 : inward.x === -1 ? 2 : 3;
    ends.push({ port, before, dir, extra: side === 'bottom' ? ROUTE.bottomSide : 0 });
  }
  if (ends.length === 0) return null;

  // The routing grid: lines a margin (plus the lane) outside every box in the window.
  const tb = req.target;
  const x0 = Math.min(start.x, tb.x) - pad;
  const x1 = Math.max(start.x, tb.x + tb.w) + pad;
  const y0 = Math.min(start.y, tb.y) - pad;
  const y1 = Math.max(start.y, tb.y + tb.h) + pad;
  const gap = m + lane * ROUTE.lane;
  const xsSet = new Set<number>([x0, x1, start.x]);
  const ysSet = new Set<number>([y0, y1, start.y]);
  for (const e of ends) {
    xsSet.add(e.before.x);
    ysSet.add(e.before.y);
  }
  for (const o of index.query(x0, y0, x1, y1)) {
    const b = o.box;
    if (b.x - gap > x0) xsSet.add(b.x - gap);
    if (b.x + b.w + gap < x1) xsSet.add(b.x + b.w + gap);
    if (b.y - gap > y0) ysSet.add(b.y - gap);
    if (b.y + b.h + gap < y1) ysSet.add(b.y + b.h + gap);
  }
  const xs = [...xsSet].sort((a, b) => a - b);
  const ys = [...ysSet].sort((a, b) => a - b);
  const nx = xs.length;
  const ny = ys.length;
  const at = (n: number): Point => ({ x: xs[Math.floor(n / ny)]!, y: ys[n % ny]! });
  const nodeOf = (p: Point) => xs.indexOf(p.x) * ny + ys.indexOf(p.y);

  const goals: Goal[] = ends.map((e) => ({
    node: nodeOf(e.before),
    port: e.port,
    dir: e.dir,
    extra: e.extra,
  }));
  const goalAt = new Map<number, Goal[]>();
  for (const g of goals) goalAt.set(g.node, [...(goalAt.get(g.node) ?? []), g]);

  // Free nodes and free unit segments, worked out as the search reaches them.
  const states = nx * ny * 4;
  const work = scratch(states + ends.length);
  const free = (n: number) => {
    if (work.nodeSeen[n] !== work.stamp) {
      work.nodeSeen[n] = work.stamp;
      const px = xs[Math.floor(n / ny)]!;
      const py = ys[n % ny]!;
      work.nodeFree[n] = index.hits(px, py, px, py, c, null) ? 0 : 1;
    }
    return work.nodeFree[n] === 1;
  };
  const segFree = (n: number, dir: number, to: number) => {
    const k = 2 * Math.min(n, to) + (dir % 2);
    if (work.segSeen[k] !== work.stamp) {
      work.segSeen[k] = work.stamp;
      const [lo, hi] = n < to ? [n, to] : [to, n];
      const hit = index.hits(
        xs[Math.floor(lo / ny)]!,
        ys[lo % ny]!,
        xs[Math.floor(hi / ny)]!,
        ys[hi % ny]!,
        c,
        null,
      );
      work.segFree[k] = hit ? 0 : 1;
    }
    return work.segFree[k] === 1;
  };

  const startNode = nodeOf(start);
  if (!free(startNode)) return null;
  const gx = goals.map((g) => xs[Math.floor(g.node / ny)]!);
  const gy = goals.map((g) => ys[g.node % ny]!);
  // The estimate counts the distance and the bends no route can avoid: one when the goal is off
  // both axes (two when heading away from both), one or two when it is on the line of travel
  // but not ahead. It never overestimates, so the first route found is a cheapest one.
  const h = (n: number, dir: number) => {
    const px = xs[Math.floor(n / ny)]!;
    const py = ys[n % ny]!;
    let best = Infinity;
    for (let k = 0; k < gx.length; k++) {
      const dx = gx[k]! - px;
      const dy = gy[k]! - py;
      const towardX = DX[dir]! * dx > 0;
      const towardY = DY[dir]! * dy > 0;
      let turns: number;
      if (dx !== 0 && dy !== 0) turns = towardX || towardY ? 1 : 2;
      else if (dx === 0 && dy === 0) turns = 0;
      else if (towardX || towardY) turns = 0;
      else turns = DX[dir]! * dx < 0 || DY[dir]! * dy < 0 ? 2 : 1;
      const turnsToFinal = turns === 0 && goals[k]!.dir !== dir ? 1 : 0;
      const est = Math.abs(dx) + Math.abs(dy) + (turns + turnsToFinal) * ROUTE.bend;
      best = Math.min(best, est);
    }
    return best;
  };

  // Costs are valid only where stamped with this search's stamp: the buffers are reused.
  const cost = (s: number) => (work.costSeen[s] === work.stamp ? work.cost[s]! : Infinity);
  const setCost = (s: number, v: number, from: number) => {
    work.costSeen[s] = work.stamp;
    work.cost[s] = v;
    work.parent[s] = from;
  };
  const heap = new MinHeap();
  const joins: { parent: number; tail: Point[] }[] = [];
  // Among equal estimates the search goes on from the state nearest the goal (a tiny tie-break),
  // so it follows one of the many equally short corridors instead of widening across all.
  const push = (g: number, hn: number, s: number) => heap.push(g + hn * (1 + 1e-4), s);
  const s0 = startNode * 4 + startDir;
  setCost(s0, 0, -1);
  push(0, h(startNode, startDir), s0);
  let expanded = 0;
  while (heap.size > 0) {
    const s = heap.pop();
    if (s >= states + goals.length) {
      tally.expanded += expanded;
      const join = joins[s - states - goals.length]!;
      return simplify([...prefixOf(join.parent, work.parent, at, req.from), ...join.tail]);
    }
    if (s >= states) {
      tally.expanded += expanded;
      return pathOf(s, work.parent, states, goals, at, req.from);
    }
    if (work.closed[s] === work.stamp) continue; // a stale entry
    work.closed[s] = work.stamp;
    if (++expanded > ROUTE.maxExpanded) break;
    const g = cost(s);
    const n = Math.floor(s / 4);
    const dir = s % 4;
    // Joining a route already found into the same target (from another source) ends the search:
    // arrows into one object gather into one trunk, and a fan of 200 costs little more than one.
    const join = trunks.join(req, xs[Math.floor(n / ny)]!, ys[n % ny]!, dir);
    if (join) {
      const total = g + join.cost;
      joins.push({ parent: s, tail: join.tail });
      heap.push(total, states + goals.length + joins.length - 1);
    }
    for (const goal of goalAt.get(n) ?? []) {
      if (goal.dir === (dir + 2) % 4) continue; // the last leg would double back
      const done = states + goals.indexOf(goal);
      const total = g + (goal.dir === dir ? 0 : ROUTE.bend) + goal.extra;
      if (total < cost(done)) {
        setCost(done, total, s);
        push(total, 0, done);
      }
    }
    const i = Math.floor(n / ny);
    const j = n % ny;
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const ni = i + DX[d]!;
      const nj = j + DY[d]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const to = ni * ny + nj;
      if (!free(to) || !segFree(n, d, to)) continue;
      let step = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      if (d !== dir) step += ROUTE.bend;
      const ns = to * 4 + d;
      if (g + step < cost(ns)) {
        setCost(ns, g + step, s);
        push(g + step, h(to, d), ns);
      }
    }
  }
  tally.expanded += expanded;
  return null;
}

/** The corner points from the source point to the node of state `last`. */
function prefixOf(
  last: number,
  parent: Int32Array,
  at: (n: number) => Point,
  from: Point,
): Point[] {
  const points: Point[] = [];
  for (let s = last; s >= 0; s = parent[s]!) points.push(at(Math.floor(s / 4)));
  points.push(from);
  return points.reverse();
}

interface TrunkLeg {
  readonly lo: number;
  readonly hi: number;
  readonly path: readonly Point[];
  /** The leg runs from path[k - 1] to path[k]. */
  readonly k: number;
  readonly dir: number;
  readonly source: number;
}

/**
 * The routes found so far in one drawing, by target, indexed by the line each leg runs along.
 * A leg's points are clear of every box (the first leg, inside its source, is not indexed; the
 * last one enters the target itself), so any arrow into the same target may finish along it.
 */
class Trunks {
  private readonly lines = new Map<string, TrunkLeg[]>();

  add(req: ArrowRequest, path: readonly Point[]): void {
    for (let k = 2; k < path.length; k++) {
      const p = path[k - 1]!;
      const q = path[k]!;
      const key = p.y === q.y ? `${req.targetOwner}h${p.y}` : `${req.targetOwner}v${p.x}`;
      const [lo, hi] = p.y === q.y ? [p.x, q.x] : [p.y, q.y];
      const dir = p.y === q.y ? (q.x > p.x ? 0 : 2) : q.y > p.y ? 1 : 3;
      const leg = {
        lo: Math.min(lo, hi),
        hi: Math.max(lo, hi),
        path,
        k,
        dir,
        source: req.sourceOwner,
      };
      const list = this.lines.get(key);
      if (list) list.push(leg);
      else this.lines.set(key, [leg]);
    }
  }

  /**
   * The rest of a route into the request's target through (x, y), reached travelling `dir`, and
   * its cost; null when none passes there (routes of the same source are not joined: arrows of
   * one pair stay apart).
   */
  join(
    req: ArrowRequest,
    x: number,
    y: number,
    dir: number,
  ): { cost: number; tail: Point[] } | null {
    for (const key of [`${req.targetOwner}h${y}`, `${req.targetOwner}v${x}`]) {
      for (const leg of this.lines.get(key) ?? []) {
        if (leg.source === req.sourceOwner) continue;
        const along = leg.dir % 2 === 0 ? x : y;
        if (along < leg.lo || along > leg.hi) continue;
        if (leg.dir === (dir + 2) % 4) continue;
        const tail = [{ x, y }, ...leg.path.slice(leg.k)];
        let cost = leg.dir === dir ? 0 : ROUTE.bend;
        for (let i = 1; i < tail.length; i++) cost += dist(tail[i - 1]!, tail[i]!);
        cost += (tail.length - 2) * ROUTE.bend;
        // Following a trunk is cheaper than its length: a join found early ends the search
        // instead of waiting for every cheaper state, and arrows gather rather than run side by side.
        return { cost: cost * ROUTE.trunk, tail };
      }
    }
    return null;
  }
}

function pathOf(
  done: number,
  parent: Int32Array,
  states: number,
  goals: readonly Goal[],
  at: (n: number) => Point,
  from: Point,
): Point[] {
  const points: Point[] = [goals[done - states]!.port];
  for (let s = parent[done]!; s >= 0; s = parent[s]!) points.push(at(Math.floor(s / 4)));
  points.push(from);
  points.reverse();
  return simplify(points);
}

/** Drops repeated points and the middle points of straight runs. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && collinear(before, last, p)) out.pop();
    out.push(p);
  }
  return out;
}

function collinear(a: Point, b: Point, c: Point): boolean {
  return (a.x === b.x && b.x === c.x) || (a.y === b.y && b.y === c.y);
}

/** Whether the axis-aligned segment touches a box `skip` does not excuse. */
function segmentHits(
  p: Point,
  q: Point,
  index: BoxIndex<Obstacle>,
  skip: ((o: Obstacle) => boolean) | null,
): boolean {
  return index.hits(
    Math.min(p.x, q.x),
    Math.min(p.y, q.y),
    Math.max(p.x, q.x),
    Math.max(p.y, q.y),
    ROUTE.clearance,
    skip,
  );
}

/**
 * The polyline with its corners rounded (a quadratic at each). A corner's radius is at most half
 * of each leg beside it, leaves the last leg room for the arrowhead, and shrinks when a box sits
 * in the corner's inner square.
 */
function roundedD(points: readonly Point[], index: BoxIndex<Obstacle>, req: ArrowRequest): string {
  const first = points[0]!;
  let d = `M${r(first.x)},${r(first.y)}`;
  const ends = (o: Obstacle) =>
    o.body && (o.owner === req.sourceOwner || o.owner === req.targetOwner);
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const p = points[i]!;
    const b = points[i + 1]!;
    const lastLeg = i === points.length - 2;
    let rad = Math.min(
      ROUTE.corner,
      i === 1 ? dist(a, p) : dist(a, p) / 2,
      lastLeg ? dist(p, b) - 10 : dist(p, b) / 2,
    );
    const u = unit(a, p);
    const v = unit(p, b);
    while (rad > 1) {
      // The inner square of the corner: from p back along the incoming leg and on along the next.
      const xs = [p.x, p.x - u.x * rad, p.x + v.x * rad];
      const ys = [p.y, p.y - u.y * rad, p.y + v.y * rad];
      const hit = index.hits(
        Math.min(...xs),
        Math.min(...ys),
        Math.max(...xs),
        Math.max(...ys),
        0,
        ends,
      );
      if (!hit) break;
      rad /= 2;
    }
    if (rad <= 1) {
      d += ` L${r(p.x)},${r(p.y)}`;
      continue;
    }
    d += ` L${r(p.x - u.x * rad)},${r(p.y - u.y * rad)}`;
    d += ` Q${r(p.x)},${r(p.y)} ${r(p.x + v.x * rad)},${r(p.y + v.y * rad)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${r(last.x)},${r(last.y)}`;
}

function unit(a: Point, b: Point): Point {
  const l = dist(a, b) || 1;
  return { x: (b.x - a.x) / l, y: (b.y - a.y) / l };
}

function dist(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Search buffers, reused from one route to the next (allocating and clearing arrays the size of
 * a big window for each of thousands of arrows costs more than the search). An entry is valid
 * only where its `seen` array holds the current stamp.
 */
interface Scratch {
  stamp: number;
  nodeSeen: Uint32Array;
  nodeFree: Uint8Array;
  segSeen: Uint32Array;
  segFree: Uint8Array;
  costSeen: Uint32Array;
  closed: Uint32Array;
  cost: Float64Array;
  parent: Int32Array;
}

let shared: Scratch | null = null;

function scratch(states: number): Scratch {
  if (!shared || shared.cost.length < states) {
    const size = Math.max(states, 2 * (shared?.cost.length ?? 0), 4096);
    shared = {
      stamp: 0,
      nodeSeen: new Uint32Array(size),
      nodeFree: new Uint8Array(size),
      segSeen: new Uint32Array(size),
      segFree: new Uint8Array(size),
      costSeen: new Uint32Array(size),
      closed: new Uint32Array(size),
      cost: new Float64Array(size),
      parent: new Int32Array(size),
    };
  }
  shared.stamp++;
  return shared;
}
