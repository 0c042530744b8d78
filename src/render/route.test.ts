import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box, Point } from './geometry';
import { cubicAt, ROUTE, routeArrows, type ArrowRequest, type Obstacle } from './route';

/** Points along a path the router writes (M, L, Q and C commands), about every `step` pixels. */
function sample(d: string, step = 2): Point[] {
  const tokens = d.match(/[MLQC]|-?[\d.]+/g)!;
  const points: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  let i = 0;
  const num = () => Number(tokens[i++]);
  const pt = (): Point => ({ x: num(), y: num() });
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'M') {
      at = pt();
      points.push(at);
    } else if (cmd === 'L') {
      const to = pt();
      const n = Math.max(1, Math.ceil(Math.hypot(to.x - at.x, to.y - at.y) / step));
      for (let k = 1; k <= n; k++)
        points.push({ x: at.x + ((to.x - at.x) * k) / n, y: at.y + ((to.y - at.y) * k) / n });
      at = to;
    } else if (cmd === 'Q') {
      const c = pt();
      const to = pt();
      for (let k = 1; k <= 16; k++) {
        const t = k / 16;
        const u = 1 - t;
        points.push({
          x: u * u * at.x + 2 * u * t * c.x + t * t * to.x,
          y: u * u * at.y + 2 * u * t * c.y + t * t * to.y,
        });
      }
      at = to;
    } else {
      const [b, c, to] = [pt(), pt(), pt()];
      for (let k = 1; k <= 200; k++) points.push(cubicAt(at, b, c, to, k / 200));
      at = to;
    }
  }
  return points;
}

const inside = (p: Point, b: Box) => p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;

/** The obstacles an arrow must stay out of: all but the bodies it leaves and enters. */
function crossed(d: string, req: ArrowRequest, obstacles: readonly Obstacle[]): Obstacle[] {
  const points = sample(d);
  return obstacles.filter(
    (o) =>
      !(o.body && (o.owner === req.sourceOwner || o.owner === req.targetOwner)) &&
      points.some((p) => inside(p, o.box)),
  );
}

const card = (owner: number, x: number, y: number, w = 176, h = 78): Obstacle => ({
  box: { x, y, w, h },
  owner,
  body: true,
});

/** A slot arrow out of the bottom of `from`'s card, at `dx` along it. */
function slot(from: Obstacle, to: Obstacle, dx = 20): ArrowRequest {
  return {
    from: { x: from.box.x + dx, y: from.box.y + from.box.h - 4 },
    exit: 'down',
    sourceOwner: from.owner,
    targetOwner: to.owner,
    target: to.box,
  };
}

/** A name arrow out of a frame row at height `y`. */
function name(frame: Obstacle, to: Obstacle, y: number): ArrowRequest {
  return {
    from: { x: frame.box.x + frame.box.w - 10, y },
    exit: 'right',
    sourceOwner: frame.owner,
    targetOwner: to.owner,
    target: to.box,
  };
}

describe('routeArrows', () => {
  it('keeps the direct curve when nothing is in the way', () => {
    const frame = card(-1, 16, 28, 156, 100);
    const list = card(1, 224, 46);
    const [d] = routeArrows([name(frame, list, 60)], [frame, list]);
    expect(d).toMatch(/^M[\d.,]+ C/);
  });

  it('routes a name arrow around a card between the frame and its target', () => {
    // `res` binds the list in the second column; a dict sits in the first, right on the way.
    const frame = card(-1, 16, 28, 156, 100);
    const dict = card(1, 224, 46);
    const list = card(2, 440, 46);
    const obstacles = [frame, dict, list];
    const req = name(frame, list, 85);
    const [d] = routeArrows([req], obstacles);
    expect(d).not.toMatch(/ C/);
    expect(crossed(d!, req, obstacles)).toEqual([]);
    // Without routing, the direct curve would have run through the dict.
    const direct = `M${req.from.x},${req.from.y} L${list.box.x},${list.box.y + 39}`;
    expect(crossed(direct, req, obstacles)).toEqual([dict]);
  });

  it('routes a slot arrow around the card below its source', () => {
    const l = card(1, 224, 46);
    const a = card(2, 224, 162);
    const item = card(3, 224, 278, 40, 22);
    const obstacles = [l, a, item];
    const req = slot(l, item);
    const [d] = routeArrows([req], obstacles);
    expect(crossed(d!, req, obstacles)).toEqual([]);
  });

  it('keeps arrows off refcount badges, and every arrowhead in the open', () => {
    const frame = card(-1, 16, 28, 156, 300);
    const a = card(1, 224, 46);
    const badge: Obstacle = { box: { x: 224 + 161, y: 35, w: 26, h: 26 }, owner: 1, body: false };
    const b = card(2, 440, 20);
    const obstacles = [frame, a, badge, b];
    const reqs = [name(frame, b, 60), slot(a, b, 30), slot(a, b, 90)];
    const paths = routeArrows(reqs, obstacles);
    paths.forEach((d, i) => {
      expect(crossed(d, reqs[i]!, obstacles)).toEqual([]);
      // The last 10 px (the head and what is before it) are outside every box.
      const points = sample(d, 1);
      const head = points.slice(-10, -1);
      for (const o of obstacles) expect(head.filter((p) => inside(p, o.box))).toEqual([]);
    });
  });

  it('ends parallel arrows into one card at separate ports', () => {
    const l = card(1, 224, 46);
    const a = card(2, 440, 46);
    const obstacles = [l, a];
    const paths = routeArrows([slot(l, a, 20), slot(l, a, 60), slot(l, a, 100)], obstacles);
    const ends = paths.map((d) => sample(d).at(-1)!);
    const distinct = new Set(ends.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(3);
    for (let i = 1; i < ends.length; i++) {
      expect(Math.hypot(ends[i]!.x - ends[0]!.x, ends[i]!.y - ends[0]!.y)).toBeGreaterThan(8);
    }
  });

  it('never runs a path through a card it does not start or end at (property)', () => {
    // Cards on a jittered grid (cells of 216 × 116, as the layout uses), some cells empty, with
    // random arrows between them: each path, sampled every 2 px, stays out of every other card.
    const cellW = 216;
    const cellH = 116;
    const layout = fc.record({
      cols: fc.integer({ min: 2, max: 6 }),
      rows: fc.integer({ min: 2, max: 5 }),
      cells: fc.array(
        fc.record({
          present: fc.boolean(),
          dx: fc.integer({ min: 0, max: 12 }),
          dy: fc.integer({ min: 0, max: 8 }),
          w: fc.integer({ min: 30, max: 176 }),
          h: fc.integer({ min: 22, max: 84 }),
        }),
        { minLength: 30, maxLength: 30 },
      ),
      arrows: fc.array(
        fc.record({
          from: fc.nat(),
          to: fc.nat(),
          at: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
          named: fc.boolean(),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(layout, ({ cols, rows, cells, arrows }) => {
        const frame = card(-1, 16, 28, 156, 26 * 8 + 30);
        const cards: Obstacle[] = [];
        for (let c = 0; c < cols; c++) {
          for (let r = 0; r < rows; r++) {
            const cell = cells[c * rows + r]!;
            if (!cell.present && cards.length > 0) continue;
            const x = 224 + c * cellW + cell.dx;
            const y = 46 + r * cellH + cell.dy;
            cards.push(card(cards.length + 1, x, y, cell.w, cell.h));
          }
        }
        const obstacles = [frame, ...cards];
        const reqs = arrows.map((a, i): ArrowRequest => {
          const to = cards[a.to % cards.length]!;
          if (a.named) return name(frame, to, 28 + 30 + 13 + 26 * (i % 8));
          const from = cards[a.from % cards.length]!;
          return slot(from, to, from.box.w * a.at);
        });
        const paths = routeArrows(reqs, obstacles);
        paths.forEach((d, i) => expect(crossed(d, reqs[i]!, obstacles)).toEqual([]));
      }),
      { numRuns: 300 },
    );
  });

  it('bounds the search on 2,000 cards, leaving what it cannot afford on direct curves', () => {
    const cards: Obstacle[] = [];
    for (let i = 0; i < 2000; i++) {
      const band = Math.floor(i / 48);
      const col = Math.floor((i % 48) / 4);
      const row = band * 4 + (i % 4);
      cards.push(card(i + 1, 224 + col * 216, 46 + row * 116, 176, 78 + (i % 3) * 8));
    }
    // Each card refers to the next and to one far away, as linked nodes in a list would.
    const reqs: ArrowRequest[] = [];
    for (let i = 0; i < 2000; i++) {
      reqs.push(slot(cards[i]!, cards[(i + 1) % 2000]!, 20));
      reqs.push(slot(cards[i]!, cards[(i * 7 + 13) % 2000]!, 60));
    }
    const stats = { direct: 0, routed: 0, fallback: 0, reused: 0, expanded: 0 };
    const started = performance.now();
    routeArrows(reqs, cards, stats);
    const ms = performance.now() - started;
    console.log(`2,000 cards, 4,000 arrows: ${ms.toFixed(0)} ms`, stats);
    expect(stats.direct + stats.routed + stats.fallback).toBe(4000);
    // The budget holds (one arrow's search may run past it), and some arrows got routed.
    expect(stats.expanded).toBeLessThanOrEqual(ROUTE.totalExpanded + 2 * ROUTE.maxExpanded);
    expect(stats.routed).toBeGreaterThan(100);
    // Generous for a loaded 2-core machine; about a tenth of this on an idle one.
    expect(ms).toBeLessThan(4000);
  });
});

describe('routeArrows on a fan into one object', () => {
  it('gathers the arrows of many cards into one pill along shared trunks, cheaply', () => {
    // 200 cards in the layout's bands (4 rows of 12 columns), each with a slot arrow to one pill
    // in the second cell of the first column, as every Node's `next` points at None.
    const pill = card(1000, 224, 162, 46, 22);
    const cards: Obstacle[] = [];
    for (let i = 2; i < 202; i++) {
      const band = Math.floor(i / 48);
      const col = Math.floor((i % 48) / 4);
      const row = band * 4 + (i % 4);
      cards.push(card(i, 224 + col * 216, 46 + row * 116));
    }
    const obstacles = [pill, ...cards];
    const reqs = cards.map((c) => slot(c, pill, 120));
    const stats = { direct: 0, routed: 0, fallback: 0, reused: 0, expanded: 0 };
    const paths = routeArrows(reqs, obstacles, stats);
    expect(stats.fallback).toBe(0);
    paths.forEach((d, i) => expect(crossed(d, reqs[i]!, obstacles)).toEqual([]));
    // Later arrows join the routes of earlier ones instead of each searching across the heap
    // (4.3 states per arrow with trunks, 44 without).
    expect(stats.expanded / reqs.length).toBeLessThan(15);
  });
});

/**
 * Pairs of paths (by index) to different targets that run within 1.5 px of each other for 16 px
 * or more. Paths out of one point (a container's "+4" chip) are a fan and are not compared.
 */
function sharedRuns(paths: readonly string[], reqs: readonly ArrowRequest[]): string[] {
  const samples = paths.map((d) => sample(d, 2));
  const runs: string[] = [];
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      if (reqs[i]!.targetOwner === reqs[j]!.targetOwner) continue;
      const [a, b] = [reqs[i]!.from, reqs[j]!.from];
      if (Math.hypot(a.x - b.x, a.y - b.y) <= 2) continue;
      let streak = 0;
      for (const p of samples[i]!) {
        const near = samples[j]!.some((q) => Math.hypot(q.x - p.x, q.y - p.y) <= 1.5);
        streak = near ? streak + 1 : 0;
        if (streak === 8) {
          runs.push(`${i} and ${j} at ${Math.round(p.x)},${Math.round(p.y)}`);
          break;
        }
      }
    }
  }
  return runs;
}

describe('routeArrows where routes share a gap', () => {
  const badge = (c: Obstacle): Obstacle => ({
    box: { x: c.box.x + 161, y: c.box.y - 11, w: 26, h: 26 },
    owner: c.owner,
    body: false,
  });

  it('gives arrows to different objects round one card their own tracks, uncrossed', () => {
    // Two names bound to two lists behind a tall card: both routes go over it and down the gap.
    const frame = card(-1, 16, 28, 146, 200);
    const wall = card(1, 224, 20, 176, 300);
    const t1 = card(2, 460, 60);
    const t2 = card(3, 460, 180);
    const obstacles = [frame, wall, t1, t2];
    const reqs = [name(frame, t1, 60), name(frame, t2, 90)];
    const paths = routeArrows(reqs, obstacles);
    paths.forEach((d, i) => expect(crossed(d, reqs[i]!, obstacles)).toEqual([]));
    expect(sharedRuns(paths, reqs)).toEqual([]);
    // The tracks nest: no sample of one path comes within 3 px of the other.
    const [a, b] = paths.map((d) => sample(d, 1));
    const closest = Math.min(
      ...a!.map((p) => Math.min(...b!.map((q) => Math.hypot(q.x - p.x, q.y - p.y)))),
    );
    expect(closest).toBeGreaterThan(3);
  });

  it('spreads a dict’s arrows under it, between the badges and the ports', () => {
    // A dict whose keys and values go to pills above-right and lists below-right, past the
    // cards and refcount badges of its own column.
    const dict = card(1, 224, 46);
    const l1 = card(2, 224, 162);
    const c3 = card(3, 224, 278);
    const c4 = card(4, 224, 394);
    const pills = [440, 512, 584].map((x, i) => card(5 + i, x, 46, 38, 22));
    const lists = [162, 278, 394].map((y, i) => card(8 + i, 440, y, 176, 52));
    const ends = [card(11, 440, 510, 30, 22), card(12, 512, 510, 30, 22)];
    const cards = [dict, l1, c3, c4, ...pills, ...lists, ...ends];
    const obstacles = [...cards, ...[dict, l1, c3, c4, ...lists].map(badge)];
    const from = (src: Obstacle, x: number, to: Obstacle): ArrowRequest => ({
      ...slot(src, to, x - src.box.x),
      from: { x, y: src.box.y + 74 },
    });
    const reqs = [
      from(dict, 263, pills[0]!),
      from(dict, 318.5, lists[0]!),
      from(dict, 362, pills[1]!),
      from(dict, 362, lists[1]!),
      from(dict, 362, pills[2]!),
      from(dict, 362, lists[2]!),
      from(l1, 286, lists[1]!),
      from(c3, 250, ends[0]!),
      from(c4, 250, ends[1]!),
    ];
    const paths = routeArrows(reqs, obstacles);
    paths.forEach((d, i) => expect(crossed(d, reqs[i]!, obstacles)).toEqual([]));
    expect(sharedRuns(paths, reqs)).toEqual([]);
  });
});
