/**
 * Group cards: many objects of one type held by one container (the 200 Nodes of `objs`) fold into
 * one card, "200 × Node in objs", which the person can expand in place. Pure: from a snapshot and
 * the set of groups expanded, which objects are folded into which group.
 *
 * What holds:
 * - A container's items are the objects its listed references reach, and those the snapshot says
 *   it holds past them (`ObjectView.holder`). Its items of one type fold when there are more than
 *   GROUP_THRESHOLD of them: a short list stays as cards, a long one reads as one card.
 * - An object a frame names (or holds on its value stack) never folds: its name keeps its arrow
 *   to its own card, and the group counts only what it hides.
 * - An object only folded objects hold folds with them (each Node's name str): it is carried by
 *   the group of its first holder and counted on the card ("with 200 str").
 * - An object is in one group at most: the first container (in snapshot order) that groups it.
 * - Nothing folds in an expanded group (its card stays, with a Collapse button).
 */
import type { HeapSnapshot, ObjectView } from '../engine/snapshot';
import { namedObjects } from './namedObjects';

/** Items of one type one container must hold more than, to fold into a group card. */
export const GROUP_THRESHOLD = 20;

export interface Group {
  /** "holderId:type": names the group across snapshots (what stays expanded). */
  readonly key: string;
  /** The canvas id of its card: negative, so it never meets an object's id. */
  readonly id: number;
  readonly holderId: number;
  /** How the holder is named: the name that refers to it ("objs"), or its type ("list"). */
  readonly holderName: string;
  readonly type: string;
  /** The grouped items, in the holder's order. */
  readonly members: readonly number[];
  /** Objects folded with the members because only folded objects hold them. */
  readonly carried: readonly number[];
  /** The carried objects counted by type, most first ("200 str"). */
  readonly carriedCounts: readonly { readonly type: string; readonly count: number }[];
  readonly expanded: boolean;
  /** "200 × Node in objs": the card's text and accessible name. */
  readonly label: string;
}

export interface Folding {
  readonly groups: readonly Group[];
  /** Every object folded away (members and carried objects of groups not expanded). */
  readonly folded: ReadonlyMap<number, Group>;
}

export function groupKey(holderId: number, type: string): string {
  return `${holderId}:${type}`;
}

/**
 * The groups of `objects` (the objects the canvas would draw, in snapshot order), with those in
 * `expanded` (by key) unfolded.
 */
export function foldGroups(
  snapshot: HeapSnapshot,
  objects: readonly ObjectView[],
  expanded: ReadonlySet<string>,
  threshold = GROUP_THRESHOLD,
): Folding {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const named = namedObjects(snapshot);
  const names = new Map<number, string>();
  for (const frame of snapshot.frames) {
    for (const n of frame.names) if (!names.has(n.target)) names.set(n.target, n.name);
  }

  // Who holds each object, among the objects drawn: listed references, then `holder`.
  const items = new Map<number, number[]>();
  const holders = new Map<number, number[]>();
  const hold = (holder: number, target: number) => {
    if (holder === target || !byId.has(target)) return;
    const list = items.get(holder) ?? [];
    if (!list.includes(target)) list.push(target);
    items.set(holder, list);
    const by = holders.get(target) ?? [];
    if (!by.includes(holder)) by.push(holder);
    holders.set(target, by);
  };
  for (const o of objects) for (const r of o.refs) if (!r.weak) hold(o.id, r.target);
  for (const o of objects) if (o.holder !== undefined && byId.has(o.holder)) hold(o.holder, o.id);

  const groups: Group[] = [];
  const grouped = new Map<number, number>(); // object id → index in `groups`
  const carried: number[][] = [];
  for (const holder of objects) {
    const held = items.get(holder.id);
    if (!held || held.length <= threshold) continue;
    const byType = new Map<string, number[]>();
    for (const id of held) {
      const o = byId.get(id)!;
      if (o.interned || named.has(id) || grouped.has(id)) continue;
      byType.set(o.type, [...(byType.get(o.type) ?? []), id]);
    }
    for (const [type, members] of byType) {
      if (members.length <= threshold) continue;
      const index = groups.length;
      for (const id of members) grouped.set(id, index);
      const key = groupKey(holder.id, type);
      const holderName = names.get(holder.id) ?? holder.type;
      groups.push({
        key,
        id: -members[0]!,
        holderId: holder.id,
        holderName,
        type,
        members,
        carried: [],
        carriedCounts: [],
        expanded: expanded.has(key),
        label: `${members.length} × ${type} in ${holderName}`,
      });
      carried.push([]);
    }
  }

  // Objects only grouped (or carried) objects hold go with the group of their first holder.
  let changed = true;
  while (changed) {
    changed = false;
    for (const o of objects) {
      if (grouped.has(o.id) || named.has(o.id)) continue;
      const by = holders.get(o.id);
      if (!by || by.length === 0 || !by.every((h) => grouped.has(h))) continue;
      const index = grouped.get(by[0]!)!;
      grouped.set(o.id, index);
      carried[index]!.push(o.id);
      changed = true;
    }
  }

  const done = groups.map((g, i) => ({
    ...g,
    carried: carried[i]!,
    carriedCounts: countByType(carried[i]!, byId),
  }));
  const folded = new Map<number, Group>();
  for (const g of done) {
    if (g.expanded) continue;
    for (const id of g.members) folded.set(id, g);
    for (const id of g.carried) folded.set(id, g);
  }
  return { groups: done, folded };
}

function countByType(
  ids: readonly number[],
  byId: ReadonlyMap<number, ObjectView>,
): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const o = byId.get(id)!;
    // Shared objects (None, small ints) are only tidied away with the group, not counted.
    if (o.interned) continue;
    counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
  }
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
