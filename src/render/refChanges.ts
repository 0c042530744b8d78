/**
 * Reads a run's events as refcount changes with a reason a person can follow: "+1: l[3]" (the
 * list bound to `l` took a reference in slot 3), "−1: b" (the name `b` let go), "+1: stack" (a
 * temporary on the value stack). Names come from the snapshots before and after the run, so an
 * object that the run unbound or freed is still called by the name it had.
 */
import type { HeapEvent, RefSite } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import { signed } from './format';

export interface RefChange {
  readonly id: number;
  readonly delta: 1 | -1;
  /** The refcount right after this change, as the engine reported it. */
  readonly refcount: number;
  /** Who took or dropped the reference: "l[3]", "b", "stack", or "" when the engine did not say. */
  readonly reason: string;
  /** "+1: l[3]", or just "+1" without a reason. */
  readonly label: string;
}

/** What the run did to one object, in event order. */
export interface ObjectStory {
  readonly id: number;
  readonly type: string;
  readonly allocated: boolean;
  readonly freed: boolean;
  readonly changes: readonly RefChange[];
}

interface Naming {
  readonly frames: ReadonlySet<number>;
  readonly names: ReadonlyMap<number, string>;
  readonly types: ReadonlyMap<number, string>;
}

export function refChanges(
  events: readonly HeapEvent[],
  before: HeapSnapshot,
  after: HeapSnapshot,
): RefChange[] {
  const naming = namingOf(events, before, after);
  const changes: RefChange[] = [];
  for (const e of events) {
    if (e.kind !== 'incref' && e.kind !== 'decref') continue;
    const delta = e.kind === 'incref' ? 1 : -1;
    changes.push(change(e.id, delta, e.refcount, describeSite(e.site, naming)));
  }
  settleStackReferences(changes, before, after, naming);
  return changes;
}

function change(id: number, delta: 1 | -1, refcount: number, reason: string): RefChange {
  const label = reason ? `${signed(delta)}: ${reason}` : signed(delta);
  return { id, delta, refcount, reason, label };
}

/**
 * The interpreter moves a reference off the value stack into a name or a container without
 * logging it (STORE_NAME and BUILD_LIST steal the stack's reference, as in CPython), so `b = a`
 * logs only "+1: stack". A statement that has finished leaves nothing on the stack, so a stack
 * reference it never released now lives in one of the object's new referrers: a name or slot that
 * holds it after the run, did not before, and that no logged incref accounts for. Such references
 * are relabelled with that referrer, pairing both in order: "+1: b", "+1: l[3]". Counts are never
 * touched, only the reason; if the referrers do not match up, the label stays "stack".
 */
function settleStackReferences(
  changes: RefChange[],
  before: HeapSnapshot,
  after: HeapSnapshot,
  naming: Naming,
): void {
  const pending = new Map<number, number[]>();
  const explained = new Map<number, string[]>();
  changes.forEach((c, i) => {
    if (c.reason === 'stack') {
      const open = pending.get(c.id) ?? [];
      if (c.delta > 0) open.push(i);
      else open.pop();
      pending.set(c.id, open);
    } else if (c.delta > 0 && c.reason) {
      explained.set(c.id, [...(explained.get(c.id) ?? []), c.reason]);
    }
  });
  const stillOnStack = new Set(after.frames.flatMap((f) => f.stack));
  for (const [id, open] of pending) {
    if (open.length === 0 || stillOnStack.has(id)) continue;
    const gained = minus(referrerLabels(after, id, naming), referrerLabels(before, id, naming));
    const moved = minus(gained, explained.get(id) ?? []);
    if (moved.length !== open.length) continue;
    open.forEach((i, k) => {
      const c = changes[i]!;
      changes[i] = change(c.id, c.delta, c.refcount, moved[k]!);
    });
  }
}

/** How each holder of `id` in a snapshot is named in labels: "b", "l[3]", "list[0]". */
function referrerLabels(snapshot: HeapSnapshot, id: number, naming: Naming): string[] {
  const labels: string[] = [];
  for (const f of snapshot.frames) {
    for (const n of f.names) if (n.target === id) labels.push(n.name);
  }
  for (const o of snapshot.objects) {
    for (const r of o.refs) {
      if (r.target === id) labels.push(describeSite({ holder: o.id, slot: r.slot }, naming));
    }
  }
  return labels;
}

/** Multiset difference, keeping the order of `from`. */
function minus(from: readonly string[], take: readonly string[]): string[] {
  const left = [...take];
  return from.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Groups a run's events by object, keeping the order in which objects were first touched. */
export function objectStories(
  events: readonly HeapEvent[],
  before: HeapSnapshot,
  after: HeapSnapshot,
): ObjectStory[] {
  const naming = namingOf(events, before, after);
  const stories = new Map<number, { allocated: boolean; freed: boolean; changes: RefChange[] }>();
  const story = (id: number) => {
    let s = stories.get(id);
    if (!s) stories.set(id, (s = { allocated: false, freed: false, changes: [] }));
    return s;
  };
  const changes = refChanges(events, before, after);
  let next = 0;
  for (const e of events) {
    if (e.kind === 'alloc') story(e.id).allocated = true;
    else if (e.kind === 'dealloc') story(e.id).freed = true;
    else if (e.kind === 'incref' || e.kind === 'decref') story(e.id).changes.push(changes[next++]!);
  }
  return [...stories].map(([id, s]) => ({ id, type: naming.types.get(id) ?? 'object', ...s }));
}

function namingOf(events: readonly HeapEvent[], before: HeapSnapshot, after: HeapSnapshot): Naming {
  const frames = new Set<number>();
  const names = new Map<number, string>();
  const types = new Map<number, string>();
  // The heap after the run names first (the name people will look for), then the one before
  // (for objects the run unbound or freed); within a snapshot the first name bound wins.
  for (const snap of [after, before]) {
    for (const f of snap.frames) {
      frames.add(f.id);
      for (const n of f.names) if (!names.has(n.target)) names.set(n.target, n.name);
    }
    for (const o of snap.objects) if (!types.has(o.id)) types.set(o.id, o.type);
  }
  for (const e of events) {
    if (e.kind === 'alloc' || e.kind === 'dealloc') types.set(e.id, e.type);
    if (e.kind === 'bind') frames.add(e.scope);
  }
  return { frames, names, types };
}

function describeSite(site: RefSite | null, naming: Naming): string {
  if (!site) return '';
  if (site.holder === 0) return 'stack';
  // A frame (or a module namespace) holds references by name: the slot is the name.
  if (naming.frames.has(site.holder)) return site.slot;
  const holder = naming.names.get(site.holder) ?? naming.types.get(site.holder);
  if (!holder) return site.slot;
  if (site.slot === '') return holder;
  const joined = site.slot.startsWith('[') || site.slot.startsWith('.');
  return joined ? `${holder}${site.slot}` : `${holder} ${site.slot}`;
}
