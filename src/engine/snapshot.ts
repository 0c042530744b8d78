/**
 * A plain-data picture of the heap for the view: every live object with its references, and the
 * namespaces (frames) whose names point into it. Reading a snapshot never changes the heap.
 */
import { displayRepr } from './display';
import type { Heap } from './heap';
import {
  PyBuiltin,
  PyDict,
  PyFunction,
  PyInstance,
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
  readonly id: number;
  readonly type: string;
  readonly repr: string;
  readonly refcount: number;
  /** Shared by the interpreter (small ints, interned strs, None, True, False): drawn as a pill. */
  readonly interned: boolean;
  readonly refs: readonly ObjectRef[];
  readonly kind: ObjectKind;
  /** The collector's generation (0, 1, 2) of a tracked object; null when untracked. */
  readonly generation: number | null;
  /** `__del__` already ran (PEP 442) */
  readonly finalized: boolean;
  /** How many weak references point at it. */
  readonly weakrefCount: number;
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
  /** gc.garbage's items */
  readonly garbage: readonly number[];
}

export interface HeapSnapshot {
  readonly frames: readonly FrameView[];
  /** Live objects in allocation order: every non-interned object, and interned ones in use. */
  readonly objects: readonly ObjectView[];
  readonly collector: CollectorView;
}

/** The references an object holds, in the order the view lists them. */
export function referencesOf(o: PyObject): ObjectRef[] {
  const refs: ObjectRef[] = [];
  if (o instanceof PyList || o instanceof PyTuple) {
    o.items.forEach((t, i) => refs.push({ slot: `[${i}]`, target: t.address }));
  } else if (o instanceof PyDict) {
    for (const e of o.liveEntries()) {
      const k = displayRepr(e.key, 200);
      if (!(e.key instanceof PyStr) || !o.isNamespace)
        refs.push({ slot: `key ${k}`, target: e.key.address });
      refs.push({
        slot: o.isNamespace && e.key instanceof PyStr ? e.key.value : `[${k}]`,
        target: e.value.address,
      });
    }
  } else if (o instanceof PyInstance) {
    if (o.dict) refs.push({ slot: '__dict__', target: o.dict.address });
    else for (const [name, t] of o.attrs) refs.push({ slot: `.${name}`, target: t.address });
    if (o.args) refs.push({ slot: '.args', target: o.args.address });
  } else if (o instanceof PyMethod) {
    refs.push(
      { slot: '__func__', target: o.func.address },
      { slot: '__self__', target: o.self.address },
    );
  } else if (o instanceof PyBuiltin && o.self) {
    refs.push({ slot: '__self__', target: o.self.address });
  } else if (o instanceof PyFunction) {
    if (o.defaults) refs.push({ slot: '__defaults__', target: o.defaults.address });
    if (o.dict) refs.push({ slot: '__dict__', target: o.dict.address });
  } else if (o instanceof PyModule) {
    refs.push({ slot: '__dict__', target: o.dict.address });
  } else if (o instanceof PyType) {
    for (const [name, t] of o.attrs) refs.push({ slot: `.${name}`, target: t.address });
  } else if (o instanceof PyWeakref) {
    if (o.referent) refs.push({ slot: 'weakly', target: o.referent.address, weak: true });
    if (o.callback) refs.push({ slot: '__callback__', target: o.callback.address });
  } else if (o instanceof PyWeakContainer) {
    weakContainerRows(o, refs);
  } else if (o instanceof PyFinalize) {
    const target = o.ref?.referent;
    if (target) refs.push({ slot: 'weakly', target: target.address, weak: true });
    if (o.func) refs.push({ slot: '.func', target: o.func.address });
  } else if (o instanceof PySet) {
    for (const m of o.ordered()) refs.push({ slot: 'member', target: m.address });
  }
  return refs;
}

/**
 * A weak container's rows, as a person thinks of them: `['k']` weakly to the value
 * (WeakValueDictionary), the key weakly and its value strongly (WeakKeyDictionary), members
 * weakly (WeakSet). Its internal dict and weakrefs are real objects but not drawn.
 */
function weakContainerRows(o: PyWeakContainer, refs: ObjectRef[]): void {
  const data = o.data;
  if (data instanceof PySet) {
    for (const wr of data.ordered()) {
      const t = (wr as PyWeakref).referent;
      if (t) refs.push({ slot: 'member', target: t.address, weak: true });
    }
  } else if (data instanceof PyDict) {
    for (const e of data.liveEntries()) {
      if (o.kind === 'WeakValueDictionary') {
        const t = (e.value as PyWeakref).referent;
        if (t) refs.push({ slot: `[${displayRepr(e.key, 200)}]`, target: t.address, weak: true });
      } else {
        const k = (e.key as PyWeakref).referent;
        if (!k) continue;
        refs.push({ slot: `key ${displayRepr(k, 200)}`, target: k.address, weak: true });
        refs.push({ slot: `[${displayRepr(k, 200)}]`, target: e.value.address });
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

export function viewOf(o: PyObject, heap: Heap): ObjectView {
  return {
    id: o.address,
    type: o.type.name,
    repr: displayRepr(o),
    refcount: o.refcount,
    interned: o.interned,
    refs: referencesOf(o),
    kind: kindOf(o),
    generation: heap.gc.generationOf(o),
    finalized: o instanceof PyInstance && o.finalized,
    weakrefCount: o.weakrefs?.length ?? 0,
  };
}

/**
 * The live objects the view draws: all non-interned objects except the namespace dicts shown as
 * frames (and `hidden` ones such as modules), plus interned objects something visible refers to.
 */
export function snapshotObjects(
  heap: Heap,
  hidden: ReadonlySet<PyObject>,
  frames: readonly FrameView[],
): ObjectView[] {
  if (!heap.live) throw new Error('snapshot needs a heap created with trackLive');
  const views: ObjectView[] = [];
  const shown = new Set<number>();
  const wantedInterned = new Set<number>();
  for (const o of heap.live) {
    if (o.interned || o.internal || hidden.has(o)) continue;
    const v = viewOf(o, heap);
    views.push(v);
    shown.add(v.id);
    for (const r of v.refs) wantedInterned.add(r.target);
  }
  for (const f of frames) {
    for (const n of f.names) wantedInterned.add(n.target);
    for (const s of f.stack) wantedInterned.add(s);
  }
  for (const o of heap.live) {
    if (o.interned && wantedInterned.has(o.address) && !shown.has(o.address))
      views.push(viewOf(o, heap));
  }
  return views;
}
