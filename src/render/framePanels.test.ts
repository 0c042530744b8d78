import { describe, expect, it } from 'vitest';
import { NOTHING_DRAWN } from './nothingDrawn';
import type { FrameView, HeapSnapshot, ObjectView } from '../engine/snapshot';
import { FRAME } from './geometry';
import { StableLayout } from './layout';
import { buildScene, NO_MARKS, visibleObjects, type Scene } from './scene';

const LIST = 10;

const list: ObjectView = {
  id: LIST,
  type: 'list',
  repr: '[]',
  refcount: 3,
  interned: false,
  refs: [],
  refTotal: 0,
  length: 0,
  kind: 'list',
  generation: 0,
  finalized: false,
  weakrefCount: 0,
  unreachable: false,
};

/** A step inside `f(a)`: the globals (a, and f's argument on the module's stack), then f's frame. */
const frames: FrameView[] = [
  { id: 1, kind: 'globals', title: 'Globals', names: [{ name: 'a', target: LIST }], stack: [LIST] },
  { id: 2, kind: 'call', title: 'f', names: [{ name: 'x', target: LIST }], stack: [LIST] },
  { id: 3, kind: 'repl', title: 'REPL', names: [], stack: [] },
];

function sceneOf(readOnly = false): Scene {
  const snapshot: HeapSnapshot = {
    frames,
    objects: [list],
    omitted: 0,
    collector: NOTHING_DRAWN.collector,
  };
  const layout = new StableLayout();
  layout.update(visibleObjects(snapshot, NO_MARKS));
  return buildScene(snapshot, layout, { ...NO_MARKS, readOnly });
}

describe('frame panels', () => {
  it('name the module’s frame and each call in progress, the REPL keeping its own name', () => {
    const { frames: panels } = sceneOf();
    expect(panels.map((p) => p.ariaLabel)).toEqual(['frame <module>', 'frame f', 'REPL frame']);
    expect(panels.map((p) => p.title)).toEqual(['Globals', 'f()', 'REPL']);
  });

  it('stack one below the other, each with its names, then its value stack', () => {
    const [globals, call] = sceneOf().frames;
    expect(call!.box.y).toBe(globals!.box.y + globals!.box.h + FRAME.gap);
    expect(call!.rows.map((r) => [r.ariaLabel, r.stack])).toEqual([
      ['name x', false],
      ['stack slot 0', true],
    ]);
    expect(call!.rows[1]!.box.y).toBe(call!.rows[0]!.box.y + FRAME.row);
  });

  it('draw an arrow from every local and every stack slot to its object', () => {
    const { edges } = sceneOf();
    const fromCall = edges.filter((e) => e.sourceId === 2);
    expect(fromCall.map((e) => e.targetId)).toEqual([LIST, LIST]);
    expect(edges.filter((e) => e.fromFrame)).toHaveLength(4);
  });

  it('let only module-level names be dragged, and none on a past step', () => {
    const draggable = (scene: Scene) =>
      scene.frames.flatMap((p) => p.rows.filter((r) => r.draggable).map((r) => r.key));
    expect(draggable(sceneOf())).toEqual(['1:name:a']);
    expect(draggable(sceneOf(true))).toEqual([]);
  });
});
