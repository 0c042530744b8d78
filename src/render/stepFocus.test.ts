import { describe, expect, it } from 'vitest';
import type { CollectorStep } from './collectorSteps';
import type { Scene } from './scene';
import { stepBoxes } from './stepFocus';

/** A scene with cards at the given boxes and one frame (id 100) with a row per name. */
function scene(cards: Record<number, [number, number]>, rows: Record<string, number> = {}): Scene {
  return {
    nodes: Object.entries(cards).map(([id, [x, y]]) => ({
      id: Number(id),
      kind: 'card',
      box: { x, y, w: 176, h: 60 },
    })),
    frames: [
      {
        id: 100,
        title: 'Globals',
        box: { x: 16, y: 28, w: 156, h: 200 },
        rows: Object.entries(rows).map(([name, target], i) => ({
          key: `100:${name}`,
          target,
          box: { x: 16, y: 58 + 26 * i, w: 156, h: 26 },
        })),
      },
    ],
    edges: [],
    extent: { x: 0, y: 0 },
  } as unknown as Scene;
}

const NO_OVERLAY = {
  generation: 2,
  gcRefs: new Map(),
  status: new Map(),
  examined: new Set(),
  cleared: new Set(),
  finalized: new Set(),
  untracked: new Set(),
};
const step = (changed: number[], highlight: [number, number][] = [], overlay = NO_OVERLAY) =>
  ({ changed, highlight, overlay }) as unknown as CollectorStep;

describe('stepBoxes', () => {
  it('gives the cards a step changes, with room for the badge above them', () => {
    expect(stepBoxes(step([1]), [scene({ 1: [300, 500] })])).toEqual([
      { x: 296, y: 476, w: 184, h: 84 },
    ]);
  });

  it('makes a card’s box as wide as a badge wider than the card', () => {
    const overlay = {
      ...NO_OVERLAY,
      gcRefs: new Map([[1, 0]]),
      status: new Map([[1, 'unreachable']]),
      finalized: new Set([1]),
    };
    const [box] = stepBoxes(step([1], [], overlay), [scene({ 1: [300, 500] })]);
    // "✗ unreachable · gc_refs 0 · __del__ ran": 39 characters of the badge's 6.05 units.
    expect(box).toEqual({ x: 296, y: 476, w: Math.ceil(39 * 6.05) + 12, h: 84 });
  });

  it('gives both ends of a lit arrow, the target first; a name’s end is its row', () => {
    const s = scene({ 1: [300, 500], 2: [600, 100] }, { a: 3, b: 2 });
    const boxes = stepBoxes(step([2], [[1, 2]]), [s]);
    expect(boxes.map((b) => [b.x + 4, b.y + 24])).toEqual([
      [600, 100],
      [300, 500],
    ]);
    const named = stepBoxes(step([2], [[100, 2]]), [s]);
    expect(named).toHaveLength(2);
    expect(named[1]).toEqual({ x: 16, y: 84, w: 156, h: 26 });
  });

  it('finds a card the run freed in the scene drawn before it, and skips what is not drawn', () => {
    const after = scene({ 2: [0, 0] });
    const before = scene({ 1: [900, 900], 2: [50, 50] });
    const boxes = stepBoxes(step([1, 2, 7]), [after, before]);
    expect(boxes.map((b) => [b.x + 4, b.y + 24])).toEqual([
      [900, 900],
      [0, 0],
    ]);
    expect(stepBoxes(step([]), [after, null])).toEqual([]);
  });
});
