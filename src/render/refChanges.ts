/**
 * Reads a run's events as refcount changes with a reason a person can follow: "+1: l[3]" (the
 * list bound to `l` took a reference in slot 3), "−1: b" (the name `b` let go), "+1: stack" (a
 * temporary on the value stack). Names come from the snapshots before and after the run, so an
 * object that the run unbound or freed is still called by the name it had.
 *
 * The engine says where every reference went. A reference taken on the value stack and then
 * handed to a name or a slot (STORE_NAME, BUILD_LIST, a call's arguments) arrives as an incref on
 * the stack followed by a `move` to its holder; the two read as one change, "+1: b", because that
 * is where the count went up for good. A move with no stack reference to take over (the one a new
 * object is born with, or a call's return value) changes no count: it reads "held by a".
 *
 * A bulk operation's `refMany` event is one change for all its references, "+100,000: x[0…99999]",
 * and pairs with the stack references it takes over the same way.
 */
import type { HeapEvent, RefSite } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import { grouped, signed } from './format';

export interface RefChange {
  readonly id: number;
  /** +n or −n references; 0 for references that changed holder without changing the count. */
  readonly delta: number;
  /** How many references the change stands for (1 unless a bulk operation made it). */
  readonly count: number;
  /** The refcount right after this change, as the engine reported it. */
  readonly refcount: number;
  /** Who took or dropped the reference: "l[3]", "b", "stack", or "" when the engine did not say. */
  readonly reason: string;
  /** "+1: l[3]", "held by a", or just "+1" without a reason. */
  readonly label: string;
  /** Index in the run's events of the event this change is shown at. */
  readonly event: number;
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
  /**
   * Per object, the stack references taken and not yet released or moved, oldest first: the
   * change that took them and how many of its references are still on the stack.
   */
  const onStack = new Map<number, OpenStack[]>();
  const stackOf = (id: number) => {
    let open = onStack.get(id);
    if (!open) onStack.set(id, (open = []));
    return open;
  };
  /** Moves `count` stack references of `id` to `reason`: relabels the changes that took them. */
  const moveFromStack = (
    id: number,
    count: number,
    reason: string,
    refcount: number,
    at: number,
  ) => {
    const open = stackOf(id);
    const last = open.at(-1);
    if (last && last.left === count) {
      open.pop();
      const c = changes[last.index]!;
      changes[last.index] = change(c.id, c.delta, c.count, c.refcount, reason, c.event);
      return;
    }
    // Not one whole earlier change: the references change holder here ("held by a").
    release(open, count);
    changes.push(change(id, 0, count, refcount, reason, at));
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.kind === 'incref' || e.kind === 'decref') {
      const delta = e.kind === 'incref' ? 1 : -1;
      const reason = describeSite(e.site, naming);
      if (reason === 'stack') {
        if (delta > 0) stackOf(e.id).push({ index: changes.length, left: 1 });
        else release(stackOf(e.id), 1);
      }
      changes.push(change(e.id, delta, 1, e.refcount, reason, i));
    } else if (e.kind === 'refMany') {
      const reason = e.holders
        ? joinSite(e.holders.type, e.holders.slot)
        : describeSite(e.site, naming);
      if (e.op === 'move') {
        moveFromStack(e.id, e.count, reason, e.refcount, i);
        continue;
      }
      const delta = e.op === 'incref' ? e.count : -e.count;
      if (reason === 'stack') {
        if (delta > 0) stackOf(e.id).push({ index: changes.length, left: e.count });
        else release(stackOf(e.id), e.count);
      }
      changes.push(change(e.id, delta, e.count, e.refcount, reason, i));
    } else if (e.kind === 'move') {
      // Consecutive moves are one instruction (BUILD_LIST [a, a]): it takes the top stack
      // references of each object together, the deepest to the first slot.
      let end = i;
      while (events[end + 1]?.kind === 'move') end++;
      const batch = events.slice(i, end + 1) as Extract<HeapEvent, { kind: 'move' }>[];
      const taken = new Map<number, (number | undefined)[]>();
      for (const m of batch) {
        if (taken.has(m.id)) continue;
        const wanted = batch.filter((b) => b.id === m.id).length;
        taken.set(m.id, takeSingles(stackOf(m.id), wanted));
      }
      batch.forEach((m, k) => {
        const reason = describeSite(m.to, naming);
        const index = taken.get(m.id)!.shift();
        if (index === undefined) {
          changes.push(change(m.id, 0, 1, m.refcount, reason, i + k));
        } else {
          const c = changes[index]!;
          changes[index] = change(c.id, c.delta, c.count, c.refcount, reason, c.event);
        }
      });
      i = end;
    }
  }
  return changes;
}

/** Stack references of one change still open: `left` of them. */
interface OpenStack {
  readonly index: number;
  left: number;
}

/** Releases `count` stack references, newest first. */
function release(open: OpenStack[], count: number): void {
  while (count > 0 && open.length > 0) {
    const top = open.at(-1)!;
    const n = Math.min(count, top.left);
    top.left -= n;
    count -= n;
    if (top.left === 0) open.pop();
  }
}

/**
 * The changes that took the top `wanted` stack references, oldest first, each a single one (a
 * bulk change's references are taken one at a time: its label stays).
 */
function takeSingles(open: OpenStack[], wanted: number): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  const from = Math.max(0, open.length - wanted);
  for (const o of open.splice(from)) {
    if (o.left === 1) out.push(o.index);
    else {
      o.left -= 1;
      open.push(o);
      out.push(undefined);
    }
  }
  return out;
}

function change(
  id: number,
  delta: number,
  count: number,
  refcount: number,
  reason: string,
  event: number,
): RefChange {
  let label: string;
  const many = count > 1 ? `${grouped(count)} ` : '';
  if (delta === 0) label = reason ? `${many}held by ${reason}` : `${many}moved`;
  else if (reason) label = `${signed(delta)}: ${reason}`;
  // A bulk change whose holders differed (each new instance's reference to its class).
  else label = count > 1 ? `${signed(delta)} from many holders` : signed(delta);
  return { id, delta, count, refcount, reason, label, event };
}

/** Changes of one object with the same sign and the same reason add up (see summedLabel). */
export function sameChangeKey(c: RefChange): string {
  return `${c.id}\u0000${Math.sign(c.delta)}\u0000${c.reason}`;
}

/**
 * The label of changes that share a key: one change keeps its own label; several say their
 * total, so 200 `+1: Node.__class__` read as `+200: Node.__class__`.
 */
export function summedLabel(parts: readonly RefChange[]): string {
  if (parts.length === 1) return parts[0]!.label;
  const { reason, delta } = parts[0]!;
  const count = parts.reduce((n, c) => n + c.count, 0);
  if (delta === 0)
    return reason ? `${grouped(count)} held by ${reason}` : `${grouped(count)} moved`;
  const total = parts.reduce((n, c) => n + c.delta, 0);
  return reason ? `${signed(total)}: ${reason}` : `${signed(total)} from many holders`;
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
  const byEvent = new Map<number, RefChange[]>();
  for (const c of refChanges(events, before, after)) {
    byEvent.set(c.event, [...(byEvent.get(c.event) ?? []), c]);
  }
  events.forEach((e, i) => {
    if (e.kind === 'alloc') story(e.id).allocated = true;
    else if (e.kind === 'dealloc') story(e.id).freed = true;
    for (const c of byEvent.get(i) ?? []) story(c.id).changes.push(c);
  });
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
  return joinSite(holder, site.slot);
}

/** "l[3]", "Node.__class__", "d 'k'": a holder's name (or type) and the slot in it. */
function joinSite(holder: string, slot: string): string {
  if (slot === '') return holder;
  const joined = slot.startsWith('[') || slot.startsWith('.');
  return joined ? `${holder}${slot}` : `${holder} ${slot}`;
}
