import { describe, expect, it } from 'vitest';
import type { HeapSnapshot } from '../engine/snapshot';
import type { Box } from './geometry';
import { FILL, partialScene, planFill, type FillOptions } from './fillPlan';
import { firstReferrers, StableLayout } from './layout';
import { buildScene, visibleObjects, NO_MARKS, type Scene } from './scene';
import { LIST, nodesHeap } from './snapshotFixtures.testing';

function sceneOf(snapshot: HeapSnapshot): Scene {
  const layout = new StableLayout();
  const objects = visibleObjects(snapshot, NO_MARKS);
  // Placed as the canvas places them: beside their first referrer.
  const referrers = firstReferrers(objects, new Set([LIST]));
  layout.update(objects.map((o) => ({ ...o, referrer: referrers.get(o.id) ?? null })));
  return buildScene(snapshot, layout);
}

const SCREEN: Box = { x: 0, y: 0, w: 1280, h: 800 };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('planFill', () => {
  it('draws an ordinary statement’s few new cards all at once, in scene order', () => {
    const scene = sceneOf(nodesHeap(20));
    expect(scene.nodes.length).toBeLessThanOrEqual(FILL.allAtOnce);
    expect(planFill(scene.nodes, SCREEN)).toEqual([scene.nodes.map((n) => n.id)]);
  });

  it('draws every new card in view in the first frame, the rest later, each card once', () => {
    const scene = sceneOf(nodesHeap(245)); // 491 cards, as a redo of the 5,000-Node loop
    const chunks = planFill(scene.nodes, SCREEN);
    const inView = scene.nodes.filter((n) => overlaps(n.box, SCREEN)).map((n) => n.id);
    expect(inView.length).toBeGreaterThan(10);
    expect(chunks[0]).toEqual(inView);
    const all = chunks.flat();
    expect(all).toHaveLength(scene.nodes.length);
    expect(new Set(all)).toEqual(new Set(scene.nodes.map((n) => n.id)));
    for (const chunk of chunks.slice(1)) {
      expect(chunk.length).toBeGreaterThan(0);
      expect(chunk.length).toBeLessThanOrEqual(FILL.perFrame);
    }
  });

  it('fills outwards: later chunks are never nearer the view than earlier ones', () => {
    const scene = sceneOf(nodesHeap(245));
    const view: Box = { x: 1500, y: 900, w: 600, h: 400 }; // panned into the middle
    const box = new Map(scene.nodes.map((n) => [n.id, n.box]));
    const far = (id: number) => {
      const b = box.get(id)!;
      const dx = Math.max(view.x - (b.x + b.w), 0, b.x - (view.x + view.w));
      const dy = Math.max(view.y - (b.y + b.h), 0, b.y - (view.y + view.h));
      return Math.hypot(dx, dy);
    };
    const order = planFill(scene.nodes, view).flat().map(far);
    for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThanOrEqual(order[i - 1]!);
    expect(order[0]).toBe(0);
  });

  it('caps the first frame when everything is in view (zoomed out to fit)', () => {
    const scene = sceneOf(nodesHeap(245));
    const options: FillOptions = { allAtOnce: 60, firstMax: 100, perFrame: 40 };
    const chunks = planFill(scene.nodes, { x: 0, y: 0, w: 1e5, h: 1e5 }, options);
    expect(chunks[0]).toHaveLength(100);
    expect(chunks.flat()).toHaveLength(scene.nodes.length);
  });

  it('has an empty first chunk when nothing new is in view', () => {
    const scene = sceneOf(nodesHeap(245));
    const chunks = planFill(scene.nodes, { x: -5000, y: -5000, w: 100, h: 100 });
    expect(chunks[0]).toEqual([]);
    expect(chunks.flat()).toHaveLength(scene.nodes.length);
  });
});

describe('partialScene', () => {
  it('never draws an arrow to or from a card that is not drawn yet, and ends with the whole scene', () => {
    const scene = sceneOf(nodesHeap(245));
    const shown = new Set<number>();
    for (const chunk of planFill(scene.nodes, SCREEN)) {
      for (const id of chunk) shown.add(id);
      const part = partialScene(scene, shown);
      expect(part.frames).toBe(scene.frames);
      expect(part.nodes.map((n) => n.id)).toEqual(
        scene.nodes.filter((n) => shown.has(n.id)).map((n) => n.id),
      );
      const drawn = new Set(part.nodes.map((n) => n.id));
      for (const e of part.edges) {
        expect(drawn.has(e.targetId)).toBe(true);
        if (!e.fromFrame) expect(drawn.has(e.sourceId)).toBe(true);
      }
      // Every arrow whose two ends are drawn is drawn.
      const missing = scene.edges.filter(
        (e) =>
          drawn.has(e.targetId) &&
          (e.fromFrame || drawn.has(e.sourceId)) &&
          !part.edges.includes(e),
      );
      expect(missing).toEqual([]);
    }
    expect(partialScene(scene, shown)).toBe(scene);
  });
});
