/**
 * Separating routed arrows that share a gap. The router runs its routes along lines a margin
 * outside each box, so arrows to different objects that pass the same gap would lie on top of
 * each other, or a pixel or two apart, and read as one. After routing, every leg is compared with
 * the parallel legs near it: legs to different targets that overlap along their length and lie
 * close together form a channel, and each target in a channel gets its own track, `gap` apart, as
 * near its line as that allows. Tracks keep the order of their lines; on one line, the leg that
 * turns off first goes on the side it turns to (fewer crossings; see placeOf). Legs to one target
 * share a track: they are a trunk the router gathered on purpose. A track with a first leg (out
 * of its source point) or a last one (into its port) stays where it is; the others make room.
 *
 * What holds: a leg is moved only if every leg of every path it belongs to stays clear of the
 * boxes it must avoid (`clear`), and the first and last legs keep at least `minLeg` of length, so
 * arrowheads stay in the open. A track that cannot move stays, and the others are spaced around
 * it. Pure.
 */
import type { Point } from './geometry';

export interface RoutedPath {
  /** The caller's name for the path: `clear` is asked about it by this id. */
  readonly id: number;
  readonly target: number;
  /** Corner points, from the source point to the port on the target. */
  points: Point[];
}

/** Whether `points`, the moved corners of path `id`, keep it out of every box it must avoid. */
type Clear = (id: number, points: readonly Point[]) => boolean;

const NUDGE = {
  /** Distance between neighbouring tracks. */
  gap: 6,
  /** Shortest first or last leg a move may leave. */
  minLeg: 8,
  /** Channels are formed again after moving, this many times at most. */
  passes: 6,
} as const;

interface Leg {
  readonly path: RoutedPath;
  /** The leg runs from points[k - 1] to points[k]. */
  readonly k: number;
  readonly vertical: boolean;
  /** Its line: x for a vertical leg, y for a horizontal one. */
  readonly at: number;
  readonly lo: number;
  readonly hi: number;
  /** Its place across the line, compared element by element (see placeOf). */
  readonly order: readonly number[];
  /** The first or last leg: it ends at the source point or the port, which stay. */
  readonly fixed: boolean;
}

/**
 * Moves overlapping legs of different targets apart, in place. `clear(id, points)` says
 * whether the moved points keep `path` out of every box it must avoid.
 */
export function nudgeApart(paths: readonly RoutedPath[], clear: Clear): void {
  for (let pass = 0; pass < NUDGE.passes; pass++) {
    let moved = false;
    for (const vertical of [true, false]) {
      for (const channel of channels(legsOf(paths, vertical))) {
        if (separate(channel, clear)) moved = true;
      }
    }
    if (!moved) return;
  }
}

function legsOf(paths: readonly RoutedPath[], vertical: boolean): Leg[] {
  const legs: Leg[] = [];
  for (const path of paths) {
    const p = path.points;
    for (let k = 1; k < p.length; k++) {
      const a = p[k - 1]!;
      const b = p[k]!;
      if (vertical ? a.x !== b.x : a.y !== b.y) continue;
      const [s, e] = vertical ? [a.y, b.y] : [a.x, b.x];
      const at = vertical ? a.x : a.y;
      legs.push({
        path,
        k,
        vertical,
        at,
        lo: Math.min(s, e),
        hi: Math.max(s, e),
        order: placeOf(p, k),
        fixed: k === 1 || k === p.length - 1,
      });
    }
  }
  return legs;
}

/**
 * Legs that share a gap, in connected groups: two legs to different targets that overlap along
 * their length by more than a pixel and lie less than two gaps apart (legs spaced already stay
 * where they are, but a group spaced as one does not push into its neighbour).
 */
function channels(legs: Leg[]): Leg[][] {
  legs.sort((a, b) => a.at - b.at);
  const parent = legs.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  let conflicts = false;
  for (let i = 0; i < legs.length; i++) {
    const a = legs[i]!;
    for (let j = i + 1; j < legs.length && legs[j]!.at - a.at < 2 * NUDGE.gap; j++) {
      const b = legs[j]!;
      if (a.path.target === b.path.target) continue;
      if (Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo) <= 1) continue;
      parent[root(i)] = root(j);
      conflicts = true;
    }
  }
  if (!conflicts) return [];
  const groups = new Map<number, Leg[]>();
  legs.forEach((leg, i) => {
    const r = root(i);
    const list = groups.get(r);
    if (list) list.push(leg);
    else groups.set(r, [leg]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * Gives each target of a channel its own track, `gap` apart, each as near its line as spacing
 * allows (the least squared displacement, see spaced), and moves each track's legs there if they
 * stay clear. A track that cannot move is pinned where it is and the others are spaced around it.
 * Returns whether any leg moved.
 */
function separate(channel: readonly Leg[], clear: Clear): boolean {
  const byTarget = new Map<number, Leg[]>();
  for (const leg of channel) {
    const list = byTarget.get(leg.path.target);
    if (list) list.push(leg);
    else byTarget.set(leg.path.target, [leg]);
  }
  if (byTarget.size < 2) return false;
  // A track's place is its first leg's: its line, then, on one line, where it turns off.
  const tracks = [...byTarget.values()].sort(
    (a, b) => a[0]!.at - b[0]!.at || compare(a[0]!.order, b[0]!.order),
  );
  const lines = tracks.map((t) => t.reduce((sum, leg) => sum + leg.at, 0) / t.length);
  // A track with a first or last leg in the channel stays where it is; the others make room.
  const pinned = tracks.map((t) => t.some((leg) => leg.fixed));
  let moves: Map<RoutedPath, Point[]>[] = tracks.map(() => new Map());
  for (let round = 0; round <= tracks.length; round++) {
    const places = spaced(lines, pinned, NUDGE.gap);
    moves = tracks.map((track, i) => (pinned[i] ? moves[i]! : movedTrack(track, places[i]!)));
    const stuck = moves.map((m, i) => !pinned[i] && !allClear(m, clear));
    if (!stuck.some(Boolean)) break;
    // A track that cannot go all the way is pinned as far along as it can go (or where it is),
    // and the others are spaced again around it.
    stuck.forEach((isStuck, i) => {
      if (!isStuck) return;
      pinned[i] = true;
      moves[i] = new Map();
      const from = lines[i]!;
      for (const part of [0.75, 0.5, 0.25]) {
        const place = from + (places[i]! - from) * part;
        const partial = movedTrack(tracks[i]!, place);
        if (allClear(partial, clear)) {
          moves[i] = partial;
          lines[i] = place;
          break;
        }
      }
    });
  }
  let any = false;
  for (const m of moves) {
    for (const [path, points] of m) {
      path.points = points;
      any = true;
    }
  }
  return any;
}

/**
 * Places for points at `lines` (in order) at least `gap` apart, moving them as little as possible
 * (least squares) and pinned ones not at all. Between two pinned points the others are spaced
 * more tightly if they must be to fit.
 */
function spaced(lines: readonly number[], pinned: readonly boolean[], gap: number): number[] {
  const places = [...lines];
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !pinned[i]) continue;
    // The run from..i-1 lies between the pins at from-1 and i (or an end).
    const run = lines.slice(from, i);
    if (run.length > 0) {
      // The pins on either side (if any) weigh so much that they stay where they are; between
      // two, the run is spaced more tightly if it must be to fit.
      const left = from > 0 ? lines[from - 1]! : null;
      const right = i < lines.length ? lines[i]! : null;
      const points = [...(left === null ? [] : [left]), ...run, ...(right === null ? [] : [right])];
      const weights = points.map((_, k) =>
        (left !== null && k === 0) || (right !== null && k === points.length - 1) ? PIN : 1,
      );
      const g =
        left !== null && right !== null
          ? Math.max(0, Math.min(gap, (right - left) / (run.length + 1)))
          : gap;
      const solved = leastMoves(points, weights, g);
      run.forEach((_, k) => (places[from + k] = solved[k + (left === null ? 0 : 1)]!));
    }
    from = i + 1;
  }
  return places;
}

/** The weight of a pinned point: others move, it does not. */
const PIN = 1e9;

/**
 * Places for `lines` (in order) at least `gap` apart with the least weighted squared movement:
 * with q_i = place_i − i·gap the spacing says q never decreases, which is isotonic regression,
 * solved by pooling adjacent violators.
 */
function leastMoves(lines: readonly number[], weights: readonly number[], gap: number): number[] {
  const pools: { sum: number; weight: number; count: number }[] = [];
  lines.forEach((line, i) => {
    const weight = weights[i]!;
    pools.push({ sum: (line - i * gap) * weight, weight, count: 1 });
    while (pools.length > 1) {
      const b = pools[pools.length - 1]!;
      const a = pools[pools.length - 2]!;
      if (a.sum / a.weight <= b.sum / b.weight) break;
      pools.splice(-2, 2, {
        sum: a.sum + b.sum,
        weight: a.weight + b.weight,
        count: a.count + b.count,
      });
    }
  });
  const places: number[] = [];
  for (const pool of pools) {
    for (let k = 0; k < pool.count; k++) places.push(pool.sum / pool.weight + places.length * gap);
  }
  return places;
}

/** The points of every path of `track` whose legs move to `place`. */
function movedTrack(track: readonly Leg[], place: number): Map<RoutedPath, Point[]> {
  const moved = new Map<RoutedPath, Point[]>();
  for (const leg of track) {
    const shift = place - leg.at;
    if (Math.abs(shift) < 0.25) continue;
    const points = moved.get(leg.path) ?? leg.path.points.map((p) => ({ ...p }));
    moveLeg(points, leg, shift);
    moved.set(leg.path, points);
  }
  return moved;
}

function allClear(moved: ReadonlyMap<RoutedPath, Point[]>, clear: Clear): boolean {
  for (const [path, points] of moved) {
    if (!endsLongEnough(points) || !clear(path.id, points)) return false;
  }
  return true;
}

/**
 * Where leg k belongs across its line, as a list compared element by element: its own turn
 * (turnOrder), then, for legs that turn off at the same corner, the next leg's, and so on. The
 * leg inside a bend on the next line is inside it on this one too, and the inside of a bend is
 * where this leg came from, hence the sign of each next element.
 */
function placeOf(p: readonly Point[], k: number): number[] {
  const place: number[] = [];
  let sign = 1;
  for (let j = k; j < p.length; j++) {
    place.push(sign * turnOrder(p, j));
    const a = p[j - 1]!;
    const b = p[j]!;
    sign *= -Math.sign(a.x === b.x ? b.y - a.y : b.x - a.x);
  }
  return place;
}

/**
 * Where leg k (points[k - 1] to points[k]) belongs across its line, relative to other legs
 * there: a leg that turns off sooner (measured along its travel) belongs farther out on the side
 * it turns to. The last leg, which does not turn, goes by its line's own coordinate.
 */
function turnOrder(p: readonly Point[], k: number): number {
  const a = p[k - 1]!;
  const b = p[k]!;
  const vertical = a.x === b.x;
  const next = p[k + 1];
  if (!next) return vertical ? b.x : b.y;
  const [s, e] = vertical ? [a.y, b.y] : [a.x, b.x];
  const side = Math.sign(vertical ? next.x - b.x : next.y - b.y) || 1;
  const travel = Math.sign(e - s) * e;
  return side * (1e7 - travel);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (Math.abs(a[i]! - b[i]!) > 1e-6) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/** Shifts the leg's two points across its line (the legs beside it stretch or shrink). */
function moveLeg(points: Point[], leg: Leg, shift: number): void {
  for (const j of [leg.k - 1, leg.k]) {
    const p = points[j]!;
    points[j] = leg.vertical ? { x: p.x + shift, y: p.y } : { x: p.x, y: p.y + shift };
  }
}

function endsLongEnough(points: readonly Point[]): boolean {
  const n = points.length;
  const len = (a: Point, b: Point) => Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
  return (
    len(points[0]!, points[1]!) >= NUDGE.minLeg &&
    len(points[n - 2]!, points[n - 1]!) >= NUDGE.minLeg
  );
}
