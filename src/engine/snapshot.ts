/**
 * A plain-data picture of the heap for the view: the live objects it can draw with their
 * references, and the namespaces (frames) whose names point into it. Reading a snapshot never
 * changes the heap.
 *
 * The picture is bounded by what a view can show, whatever the heap's size: at most
 * SNAPSHOT_OBJECT_LIMIT objects, each listing at most SNAPSHOT_REF_LIMIT references (with the
 * total), chosen so that what is drawn makes sense (see `snapshotObjects`). What the view computes
 * from it must not assume it is complete: `omitted` says how many objects were left out,
 * `refTotal` how many references an object really holds, and `unreachable` is computed here over
 * the whole heap, because a reference the bound cut could be the one that reaches an object.
 */
import { displayRepr } from './display';
import type { Heap } from './heap';
import { isReachable, markReachable } from './reachability';
import { PyInstance, type PyObject } from './objects';
import type { ObjectKind, ViewRefs } from './slots';

export type { ObjectKind } from './slots';

/**
 * At most this many objects in a snapshot. Issue 12 wants a heap of 200 Nodes drawn whole (with
 * their names, the list that holds them, the pills and the setup's classes that is 410 objects)
 * and 1,000 objects in view to stay fast: zoomed out that far, cards are drawn as boxes or dots
 * (levelOfDetail.ts), and many objects of a type in one container fold into a group card
 * (groups.ts). Drawing 1,000 new cards held the main thread for 0.7 s here against 0.36 s for 500
 * (`bench:big-heaps`; the canvas draws them over several frames, fillPlan.ts); past that a person
 * can't take in more at once anyway: the rest is counted.
 */
export const SNAPSHOT_OBJECT_LIMIT = 1200;
/**
 * At most this many references listed per object: the first items of a big container, enough to
 * show what it holds ("first 16 of 100,000 items"); a card's strip shows about six of them.
 */
export const SNAPSHOT_REF_LIMIT = 16;

export interface SnapshotLimits {
  readonly objects: number;
  readonly refs: number;
}

export const SNAPSHOT_LIMITS: SnapshotLimits = {
  objects: SNAPSHOT_OBJECT_LIMIT,
  refs: SNAPSHOT_REF_LIMIT,
};

export interface ObjectRef {
  /** "[0]", "['k']" (dict value), "key 'k'" (dict key), ".x" (attribute), "weakly" (a weakref). */
  readonly slot: string;
  readonly target: number;
  /** A weak reference: it does not count in the target's refcount (drawn dashed). */
  readonly weak?: boolean;
}

export interface ObjectView {
  /** The object's serial: the view's key for it, never reused (see PyObject.pyId). */
  readonly id: number;
  /**
   * The address Python shows (`id()`, reprs): a freed object's may be given to a new one.
   * (Optional for views made by hand; the snapshot always sets it.)
   */
  readonly address?: number;
  readonly type: string;
  readonly repr: string;
  readonly refcount: number;
  /** Shared by the interpreter (small ints, interned strs, None, True, False): drawn as a pill. */
  readonly interned: boolean;
  /** The first references the object holds (at most the snapshot's limit), in the view's order. */
  readonly refs: readonly ObjectRef[];
  /** How many references it holds in all: more than `refs.length` when the list was cut. */
  readonly refTotal: number;
  /** len() of a list, tuple, dict, set or weak container; null for other objects. */
  readonly length: number | null;
  readonly kind: ObjectKind;
  /** The collector's generation (0, 1, 2) of a tracked object; null when untracked. */
  readonly generation: number | null;
  /** `__del__` already ran (PEP 442) */
  readonly finalized: boolean;
  /** How many weak references point at it. */
  readonly weakrefCount: number;
  /**
   * No name reaches it through strong references, over the whole heap (not only the references
   * this snapshot lists): only the cycle collector can free it. Never set for interned objects.
   */
  readonly unreachable: boolean;
  /**
   * The object is an item past the listed references of a big container drawn too (the 20th
   * Node of a list of 200): that container's id, so the view can still tell who holds it (group
   * cards, groups.ts; the layout). Another object may list it too.
   */
  readonly holder?: number;
}

export interface NameView {
  readonly name: string;
  readonly target: number;
}

export interface FrameView {
  /** The frame's address; Globals is the `__main__` module's namespace. */
  readonly id: number;
  readonly kind: 'globals' | 'call' | 'repl';
  readonly title: string;
  readonly names: readonly NameView[];
  /** Temporaries on the frame's value stack (call arguments already evaluated, ...). */
  readonly stack: readonly number[];
}

export interface CollectorView {
  readonly enabled: boolean;
  readonly counts: readonly [number, number, number];
  readonly thresholds: readonly [number, number, number];
  /** gc.garbage's first items (at most GARBAGE_LISTED) */
  readonly garbage: readonly number[];
  /** len(gc.garbage) */
  readonly garbageTotal: number;
}

/** gc.garbage items a snapshot lists. */
export const GARBAGE_LISTED = 100;

export interface HeapSnapshot {
  readonly frames: readonly FrameView[];
  /**
   * The objects drawn: at most SNAPSHOT_OBJECT_LIMIT of the live objects, in the order
   * `snapshotObjects` chose them (what the names reach first, nearest first), which is the order
   * in which the view places new ones.
   */
  readonly objects: readonly ObjectView[];
  /** How many objects the view would draw that this snapshot leaves out (0 when it has them all). */
  readonly omitted: number;
  readonly collector: CollectorView;
}

/** A reference as the snapshot lists it, with the target object itself. */
interface Reference {
  readonly slot: string;
  readonly target: PyObject;
  readonly weak?: boolean;
}

/** Collects the first `limit` references of an object and counts all of them. */
class References implements ViewRefs {
  readonly list: Reference[] = [];
  total = 0;
  constructor(readonly limit: number) {}
  get full(): boolean {
    return this.list.length >= this.limit;
  }
  /** Adds a reference; the slot is made only if it is listed. */
  add(slot: string | (() => string), target: PyObject, weak = false): void {
    this.total++;
    if (this.full) return;
    const label = typeof slot === 'string' ? slot : slot();
    this.list.push(weak ? { slot: label, target, weak } : { slot: label, target });
  }
  repr(o: PyObject): string {
    return displayRepr(o, 200);
  }
}

/** Collects the targets of an object's first `limit` references, without their slot labels. */
class Targets implements ViewRefs {
  readonly list: PyObject[] = [];
  total = 0;
  constructor(readonly limit: number) {}
  get full(): boolean {
    return this.list.length >= this.limit;
  }
  add(_slot: unknown, target: PyObject): void {
    this.total++;
    if (!this.full) this.list.push(target);
  }
  repr(): string {
    return '';
  }
}

/** The references an object holds, in the order the view lists them (all of them by default). */
export function referencesOf(o: PyObject, limit = Infinity): ObjectRef[] {
  return collectReferences(o, limit).list.map((r) => toRef(r));
}

function toRef(r: Reference): ObjectRef {
  return r.weak
    ? { slot: r.slot, target: r.target.address, weak: true }
    : { slot: r.slot, target: r.target.address };
}

/**
 * The first `limit` references of `o` and how many there are in all. Big containers are counted
 * without visiting their items; only the listed ones get a slot label.
 */
function collectReferences(o: PyObject, limit: number): References {
  const refs = new References(limit);
  o.viewRefs(refs);
  return refs;
}

export function kindOf(o: PyObject): ObjectKind {
  return o.viewKind;
}

function view(
  o: PyObject,
  refs: References,
  generation: number | null,
  unreachable: boolean,
): ObjectView {
  return {
    id: o.address,
    address: o.pyId,
    type: o.type.name,
    repr: displayRepr(o),
    refcount: o.refcount,
    interned: o.interned,
    refs: refs.list.map(toRef),
    refTotal: refs.total,
    length: o.viewLength(refs),
    kind: o.viewKind,
    generation,
    finalized: o instanceof PyInstance && o.finalized,
    weakrefCount: o.weakrefs?.length ?? 0,
    unreachable,
  };
}

export interface SnapshotObjects {
  readonly objects: ObjectView[];
  /** Objects the view would draw that were left out (interned ones are never counted). */
  readonly omitted: number;
}

/**
 * The objects the view draws: non-interned objects except the namespace dicts shown as frames
 * (and `hidden` ones such as modules) and the interpreter's `internal` ones, plus the interned
 * objects those refer to; at most `limits.objects` of them, chosen in this order:
 *
 * 1. breadth first from `roots` (the frames' names and stack slots, in order), following each
 *    object's listed references (its first `limits.refs`) in order: what names reach, nearest
 *    first, so every named structure shows its top;
 * 2. the objects no name reaches (cycles only the collector can free: what a lesson is about),
 *    in allocation order, each with what it refers to;
 * 3. the rest, in allocation order: items past a big container's first ones, what only hidden
 *    objects hold.
 *
 * Cost: a reachability pass and a count over the whole heap (no object created per live object),
 * then work proportional to the objects chosen.
 */
export function snapshotObjects(
  heap: Heap,
  hidden: ReadonlySet<PyObject>,
  roots: readonly PyObject[],
  limits: SnapshotLimits = SNAPSHOT_LIMITS,
): SnapshotObjects {
  const live = heap.live;
  if (!live) throw new Error('snapshot needs a heap created with trackLive');
  live.settle();
  markReachable(heap);
  const drawable = (o: PyObject) => !hidden.has(o) && (o.interned || !o.internal);

  const chosen = new Map<PyObject, References>();
  const queue: PyObject[] = [];
  const take = (o: PyObject) => {
    if (chosen.has(o) || chosen.size >= limits.objects || !drawable(o)) return;
    // Interned objects are drawn as pills, without their own references.
    chosen.set(o, o.interned ? new References(0) : collectReferences(o, limits.refs));
    queue.push(o);
  };
  const drain = () => {
    for (let i = 0; i < queue.length && chosen.size < limits.objects; i++) {
      for (const r of chosen.get(queue[i]!)!.list) take(r.target);
    }
    queue.length = 0;
  };

  for (const o of roots) take(o);
  drain();
  let eligible = 0;
  for (let o = live.first; o; o = o.liveNext) {
    if (o.interned || !drawable(o)) continue;
    eligible++;
    if (!isReachable(o) && !chosen.has(o)) {
      take(o);
      drain();
    }
  }
  for (let o = live.first; o; o = o.liveNext) {
    if (chosen.size >= limits.objects) break;
    if (!o.interned && !chosen.has(o)) {
      take(o);
      drain();
    }
  }

  const generations = generationsOf(heap, chosen);
  const holders = holdersOf(chosen);
  let drawn = 0;
  const objects = [...chosen.keys()].map((o) => {
    if (!o.interned) drawn++;
    const v = view(o, chosen.get(o)!, generations.get(o) ?? null, !isReachable(o));
    const holder = holders.get(o);
    return holder ? { ...v, holder: holder.address } : v;
  });
  return { objects, omitted: eligible - drawn };
}

/** At most this many references past the listed ones are read to find holders (`holdersOf`). */
const HOLDER_SCAN_BUDGET = 20_000;

/**
 * For each chosen object, the first chosen container that holds it past its listed references
 * (`ObjectView.holder`). Only containers whose list was cut are read again, and at most
 * HOLDER_SCAN_BUDGET references past the listed ones in all, so a list of 100,000 items costs no
 * more than a bounded read of its first ones.
 */
function holdersOf(chosen: ReadonlyMap<PyObject, References>): Map<PyObject, PyObject> {
  const holders = new Map<PyObject, PyObject>();
  let budget = HOLDER_SCAN_BUDGET;
  for (const [o, refs] of chosen) {
    if (budget <= 0) break;
    if (refs.total <= refs.list.length) continue;
    const all = new Targets(Math.min(refs.total, refs.list.length + budget));
    o.viewRefs(all);
    budget -= all.list.length - refs.list.length;
    for (let i = refs.list.length; i < all.list.length; i++) {
      const t = all.list[i]!;
      if (chosen.has(t) && !holders.has(t) && t !== o) holders.set(t, o);
    }
  }
  return holders;
}

/** The generation of each chosen object, in one walk of the collector's lists. */
function generationsOf(heap: Heap, chosen: ReadonlyMap<PyObject, unknown>): Map<PyObject, number> {
  const found = new Map<PyObject, number>();
  const { next, objects } = heap.gc.table;
  heap.gc.generations.forEach((list, i) => {
    for (let g = next[list.head]!; g !== list.head; g = next[g]!) {
      const o = objects[g]!;
      if (chosen.has(o)) found.set(o, i);
    }
  });
  return found;
}
