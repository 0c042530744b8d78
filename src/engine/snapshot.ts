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
import { slotValuesInOrder } from './slotLayout';
import {
  PyBuiltin,
  PyDict,
  PyFunction,
  PyCell,
  PyInstance,
  PyMemberDescriptor,
  PyList,
  PyMethod,
  PyModule,
  PyObject,
  PyStr,
  PyTuple,
  PyType,
  PyWeakref,
  PyWeakContainer,
  PyFinalize,
  PySet,
  PyInt,
  PyFloat,
  PyBool,
  PyNone,
} from './objects';
import { PyIterObject, iterObjectFields } from './iterObjects';
import { PyGenerator, generatorFields } from './generatorObject';
import { PyFrameObject, PyTraceback, frameOrTracebackFields } from './frameObjects';
import { PyWrapperObject, wrapperFields } from './wrapperObjects';
import { PyNativeObject, nativeFields } from './nativeObjects';
import { PyDeque } from './dequeObject';
import { PyDefaultDict } from './defaultDict';

/**
 * At most this many objects in a snapshot. Issue 12 wants a heap of 200 Nodes drawn whole: with
 * their names, the list that holds them, the pills and the setup's classes that is 410 objects.
 * Past 300–500 cards SVG stops animating smoothly (rendering-performance.md), and drawing 1,000
 * new cards held the main thread for 0.7 s here against 0.36 s for 500 (`bench:big-heaps`); a
 * person can't read more at once anyway: the rest is counted.
 */
export const SNAPSHOT_OBJECT_LIMIT = 500;
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

/** What kind of object a card shows, for the view's choice of drawing and actions. */
export type ObjectKind =
  | 'instance'
  | 'class'
  | 'function'
  | 'method'
  | 'list'
  | 'tuple'
  | 'dict'
  | 'set'
  | 'weakref'
  | 'weakcontainer'
  | 'finalize'
  | 'value'
  | 'other';

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
class References {
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
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDeque) {
    const items = o.items;
    const n = Math.min(items.length, limit);
    for (let i = 0; i < n; i++) refs.add(`[${i}]`, items[i]!);
    refs.total = items.length;
  } else if (o instanceof PyDict) {
    // A namespace lists its str keys as bare names; any other entry is a key row and a value row.
    const namespace = o.isNamespace;
    if (o instanceof PyDefaultDict && o.factory) refs.add('default_factory', o.factory);
    for (const e of o.entries) {
      if (!e) continue;
      if (refs.full) break;
      const k = () => displayRepr(e.key, 200);
      if (!(e.key instanceof PyStr) || !namespace) refs.add(() => `key ${k()}`, e.key);
      refs.add(namespace && e.key instanceof PyStr ? e.key.value : () => `[${k()}]`, e.value);
    }
    refs.total = dictRows(o) + (o instanceof PyDefaultDict && o.factory ? 1 : 0);
  } else if (o instanceof PyInstance) {
    // Slot values are references of the instance itself, drawn like its attributes.
    for (const [name, v] of slotValuesInOrder(o)) refs.add(`.${name}`, v);
    if (o.dict) refs.add('__dict__', o.dict);
    else for (const [name, t] of o.attrs) refs.add(`.${name}`, t);
    if (o.args) refs.add('.args', o.args);
    if (o.traceback) refs.add('__traceback__', o.traceback);
    if (o.cause) refs.add('__cause__', o.cause);
    if (o.context) refs.add('__context__', o.context);
  } else if (o instanceof PyMethod) {
    refs.add('__func__', o.func);
    refs.add('__self__', o.self);
  } else if (o instanceof PyBuiltin && o.self) {
    refs.add('__self__', o.self);
  } else if (o instanceof PyFunction) {
    if (o.defaults) refs.add('__defaults__', o.defaults);
    if (o.kwdefaults) refs.add('__kwdefaults__', o.kwdefaults);
    if (o.dict) refs.add('__dict__', o.dict);
    if (o.closure) refs.add('__closure__', o.closure);
    if (o.annotations) refs.add('__annotations__', o.annotations);
  } else if (o instanceof PyCell) {
    if (o.contents) refs.add('cell_contents', o.contents);
  } else if (o instanceof PyModule) {
    refs.add('__dict__', o.dict);
  } else if (o instanceof PyType) {
    for (const [name, t] of o.attrs) refs.add(`.${name}`, t);
  } else if (o instanceof PyWeakref) {
    if (o.referent) refs.add('weakly', o.referent, true);
    if (o.callback) refs.add('__callback__', o.callback);
  } else if (o instanceof PyWeakContainer) {
    weakContainerRows(o, refs);
  } else if (o instanceof PyFinalize) {
    const target = o.ref?.referent;
    if (target) refs.add('weakly', target, true);
    if (o.func) refs.add('.func', o.func);
  } else if (o instanceof PyMemberDescriptor) {
    if (o.owner) refs.add('__objclass__', o.owner);
  } else if (o instanceof PyIterObject) {
    for (const [name, f] of iterObjectFields(o)) refs.add(name, f);
  } else if (o instanceof PyGenerator) {
    for (const [name, f] of generatorFields(o)) refs.add(name, f);
  } else if (o instanceof PyTraceback || o instanceof PyFrameObject) {
    for (const [name, f] of frameOrTracebackFields(o)) refs.add(name, f);
  } else if (o instanceof PyWrapperObject) {
    for (const [name, f] of wrapperFields(o)) refs.add(name, f);
  } else if (o instanceof PyNativeObject) {
    for (const [name, f] of nativeFields(o)) refs.add(name, f);
  } else if (o instanceof PySet) {
    for (const m of o.table.keys(limit)) refs.add('member', m);
    refs.total = o.members.size;
  }
  return refs;
}

/** How many rows a dict lists in all, counted without making any. */
function dictRows(d: PyDict): number {
  if (!d.isNamespace) return 2 * d.index.size;
  if (d.strKeysOnly) return d.index.size;
  let rows = 0;
  for (const e of d.entries) if (e) rows += e.key instanceof PyStr ? 1 : 2;
  return rows;
}

/**
 * A weak container's rows, as a person thinks of them: `['k']` weakly to the value
 * (WeakValueDictionary), the key weakly and its value strongly (WeakKeyDictionary), members
 * weakly (WeakSet). Its internal dict and weakrefs are real objects but not drawn.
 */
function weakContainerRows(o: PyWeakContainer, refs: References): void {
  const data = o.data;
  if (data instanceof PySet) {
    for (const wr of data.ordered()) {
      const t = (wr as PyWeakref).referent;
      if (t) refs.add('member', t, true);
    }
  } else if (data instanceof PyDict) {
    for (const e of data.liveEntries()) {
      if (o.kind === 'WeakValueDictionary') {
        const t = (e.value as PyWeakref).referent;
        if (t) refs.add(() => `[${displayRepr(e.key, 200)}]`, t, true);
      } else {
        const k = (e.key as PyWeakref).referent;
        if (!k) continue;
        refs.add(() => `key ${displayRepr(k, 200)}`, k, true);
        refs.add(() => `[${displayRepr(k, 200)}]`, e.value);
      }
    }
  }
}

export function kindOf(o: PyObject): ObjectKind {
  if (o instanceof PyInstance) return 'instance';
  if (o instanceof PyType) return 'class';
  if (o instanceof PyFunction || o instanceof PyBuiltin) return 'function';
  if (o instanceof PyMethod) return 'method';
  if (o instanceof PyList) return 'list';
  if (o instanceof PyTuple) return 'tuple';
  if (o instanceof PyDict) return 'dict';
  if (o instanceof PySet) return 'set';
  if (o instanceof PyWeakref) return 'weakref';
  if (o instanceof PyWeakContainer) return 'weakcontainer';
  if (o instanceof PyFinalize) return 'finalize';
  if (
    o instanceof PyInt ||
    o instanceof PyFloat ||
    o instanceof PyStr ||
    o instanceof PyBool ||
    o instanceof PyNone
  )
    return 'value';
  return 'other';
}

/** len() of a container, without visiting its items; null for other objects. */
function lengthOf(o: PyObject, refs: References): number | null {
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDeque) return o.items.length;
  if (o instanceof PyDict) return o.index.size;
  if (o instanceof PySet) return o.members.size;
  if (o instanceof PyWeakContainer) {
    // Rows of a WeakKeyDictionary come in pairs (the key weakly, its value strongly).
    return o.kind === 'WeakKeyDictionary' ? refs.total / 2 : refs.total;
  }
  return null;
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
    length: lengthOf(o, refs),
    kind: kindOf(o),
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
  for (const o of live) {
    if (o.interned || !drawable(o)) continue;
    eligible++;
    if (!isReachable(o) && !chosen.has(o)) {
      take(o);
      drain();
    }
  }
  for (const o of live) {
    if (chosen.size >= limits.objects) break;
    if (!o.interned && !chosen.has(o)) {
      take(o);
      drain();
    }
  }

  const generations = generationsOf(heap, chosen);
  let drawn = 0;
  const objects = [...chosen.keys()].map((o) => {
    if (!o.interned) drawn++;
    return view(o, chosen.get(o)!, generations.get(o) ?? null, !isReachable(o));
  });
  return { objects, omitted: eligible - drawn };
}

/** The generation of each chosen object, in one walk of the collector's lists. */
function generationsOf(heap: Heap, chosen: ReadonlyMap<PyObject, unknown>): Map<PyObject, number> {
  const found = new Map<PyObject, number>();
  heap.gc.generations.forEach((list, i) => {
    for (let g = list.gcNext; g !== list; g = g.gcNext!) {
      if (chosen.has(g as PyObject)) found.set(g as PyObject, i);
    }
  });
  return found;
}
