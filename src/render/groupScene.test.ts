import { describe, expect, it } from 'vitest';
import type { HeapSnapshot } from '../engine/snapshot';
import { extentWith, groupScene, placeables } from './groupScene';
import { foldGroups, groupKey } from './groups';
import { namedObjects } from './namedObjects';
import { firstReferrers, StableLayout } from './layout';
import { buildScene, NO_MARKS } from './scene';
import { LIST, nodesHeap, OTHER } from './snapshotFixtures.testing';

function scenes(snapshot: HeapSnapshot, expanded: ReadonlySet<string> = new Set()) {
  const folding = foldGroups(snapshot, snapshot.objects, expanded);
  const referrers = firstReferrers(snapshot.objects, namedObjects(snapshot));
  const layout = new StableLayout();
  layout.update(
    placeables(
      snapshot.objects.map((o) => ({ ...o, referrer: referrers.get(o.id) ?? null })),
      folding,
    ),
  );
  const hidden = new Set(folding.folded.keys());
  const scene = buildScene(snapshot, layout, { ...NO_MARKS, hidden });
  return { folding, scene, grouped: groupScene(folding, layout, scene) };
}

describe('groupScene', () => {
  it('draws one group card and one arrow into it from each holder of its members', () => {
    const { scene, grouped } = scenes(nodesHeap(40, { other: true }));
    expect(grouped.groups.map((g) => [g.group.label, g.detail])).toEqual([
      ['40 × Node in objs', 'with 40 str'],
    ]);
    const id = grouped.groups[0]!.group.id;
    // objs's 16 listed slots make one arrow; other's [0] (objs[20]) one more.
    expect(grouped.edges.map((e) => [e.sourceId, e.targetId])).toEqual([
      [LIST, id],
      [OTHER, id],
    ]);
    // The scene itself draws nothing folded and no arrow to a folded object.
    expect(scene.nodes.map((n) => n.id).sort()).toEqual([LIST, OTHER]);
    expect(scene.edges.every((e) => e.targetId === LIST || e.targetId === OTHER)).toBe(true);
  });

  it('places the group card beside its holder, clear of every card', () => {
    const { scene, grouped } = scenes(nodesHeap(40, { other: true }));
    const card = grouped.groups[0]!.box;
    const objs = scene.nodes.find((n) => n.id === LIST)!.box;
    expect(card.x).toBeGreaterThan(objs.x + objs.w);
    expect(card.y).toBe(objs.y);
    for (const n of scene.nodes) {
      const b = n.box;
      const overlap = b.x < card.x + card.w && card.x < b.x + b.w && b.y < card.y + card.h;
      expect(overlap && card.y < b.y + b.h).toBe(false);
    }
    expect(extentWith(scene.extent, grouped.groups).x).toBeGreaterThanOrEqual(card.x + card.w);
  });

  it('draws an expanded group’s card with no arrows: its members have their own', () => {
    const { scene, grouped } = scenes(
      nodesHeap(40, { other: true }),
      new Set([groupKey(LIST, 'Node')]),
    );
    expect(grouped.groups.map((g) => g.group.expanded)).toEqual([true]);
    expect(grouped.edges).toEqual([]);
    expect(scene.nodes.filter((n) => n.view.type === 'Node')).toHaveLength(40);
  });
});
