/**
 * Group cards (src/render/groups.ts) on real heaps: the snapshots come from running Python, so the
 * fold is checked against what the engine says holds what (render tests may not run the engine).
 */
import { describe, expect, it } from 'vitest';
import type { HeapSnapshot } from '../engine/snapshot';
import { Session } from '../python/session';
import { NODE_CLASS } from '../store/prelude';
import { foldGroups, GROUP_THRESHOLD, groupKey } from '../render/groups';

function snapshotAfter(...lines: string[]): HeapSnapshot {
  const s = new Session();
  for (const line of [NODE_CLASS, ...lines]) {
    const r = s.run(line);
    if (!r.ok) throw new Error(`${line}: ${r.error}`);
  }
  return s.snapshot();
}

const idOf = (snap: HeapSnapshot, name: string) =>
  snap.frames[0]!.names.find((n) => n.name === name)!.target;
const ofType = (snap: HeapSnapshot, type: string) =>
  snap.objects.filter((o) => o.type === type && !o.interned).map((o) => o.id);

const NODES = ['objs = []', 'for i in range(200): objs.append(Node(str(i)))'];

describe('foldGroups', () => {
  it('folds the 200 Nodes of objs, and the name strs only they hold, into one group', () => {
    const snap = snapshotAfter(...NODES);
    const { groups, folded } = foldGroups(snap, snap.objects, new Set());
    expect(groups.map((g) => g.label)).toEqual(['200 × Node in objs']);
    const [g] = groups;
    // Every Node, though the snapshot lists only the first 16 items of objs (the rest by holder).
    expect([...g!.members].sort()).toEqual(ofType(snap, 'Node').sort());
    expect(g!.holderId).toBe(idOf(snap, 'objs'));
    expect(g!.carriedCounts).toEqual([{ type: 'str', count: 200 }]);
    for (const id of [...ofType(snap, 'Node'), ...ofType(snap, 'str')]) {
      expect(folded.get(id)).toBe(g);
    }
    expect(folded.has(idOf(snap, 'objs'))).toBe(false);
  });

  it('folds more than GROUP_THRESHOLD items of a type, not that many', () => {
    const at = (n: number) =>
      snapshotAfter('objs = []', `for i in range(${n}): objs.append(Node(str(i)))`);
    const few = at(GROUP_THRESHOLD);
    expect(foldGroups(few, few.objects, new Set()).groups).toEqual([]);
    const many = at(GROUP_THRESHOLD + 1);
    expect(foldGroups(many, many.objects, new Set()).groups.map((g) => g.label)).toEqual([
      `${GROUP_THRESHOLD + 1} × Node in objs`,
    ]);
  });

  it('leaves a named item, and what something outside holds, out of the fold', () => {
    const snap = snapshotAfter(...NODES, 'n = objs[122]', 'keep = [objs[3].name]');
    const { groups, folded } = foldGroups(snap, snap.objects, new Set());
    expect(groups.map((g) => g.label)).toEqual(['199 × Node in objs']);
    expect(folded.has(idOf(snap, 'n'))).toBe(false);
    const keep = snap.objects.find((o) => o.id === idOf(snap, 'keep'))!;
    expect(folded.has(keep.refs[0]!.target)).toBe(false);
    // n's name is held by n alone, which is not folded: it stays too.
    expect(groups[0]!.carriedCounts).toEqual([{ type: 'str', count: 198 }]);
  });

  it('folds nothing of an expanded group, which is still listed', () => {
    const snap = snapshotAfter(...NODES);
    const key = groupKey(idOf(snap, 'objs'), 'Node');
    const { groups, folded } = foldGroups(snap, snap.objects, new Set([key]));
    expect(groups.map((g) => [g.label, g.expanded])).toEqual([['200 × Node in objs', true]]);
    expect(folded.size).toBe(0);
  });

  it('names a holder no name refers to by its type, and groups each type apart', () => {
    const snap = snapshotAfter(
      'd = {"k": [Node(str(i)) for i in range(30)] + [[i] for i in range(25)]}',
    );
    const labels = foldGroups(snap, snap.objects, new Set()).groups.map((g) => g.label);
    expect(labels).toEqual(['30 × Node in list', '25 × list in list']);
  });
});
