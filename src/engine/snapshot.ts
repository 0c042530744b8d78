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
} from './objects';

export interface ObjectRef {
  /** "[0]", "['k']" (dict value), "key 'k'" (dict key), ".x" (attribute). */
  readonly slot: string;
  readonly target: number;
}

export interface ObjectView {
  readonly id: number;
  readonly type: string;
  readonly repr: string;
  readonly refcount: number;
  /** Shared by the interpreter (small ints, interned strs, None, True, False): drawn as a pill. */
  readonly interned: boolean;
  readonly refs: readonly ObjectRef[];
}

export interface NameView {
  readonly name: string;
  readonly target: number;
}

export interface FrameView {
  /** The frame's address; Globals is the `__main__` module's namespace. */
  readonly id: number;
  readonly title: string;
  readonly names: readonly NameView[];
  /** Temporaries on the frame's value stack (call arguments already evaluated, ...). */
  readonly stack: readonly number[];
}

export interface HeapSnapshot {
  readonly frames: readonly FrameView[];
  /** Live objects in allocation order: every non-interned object, and interned ones in use. */
  readonly objects: readonly ObjectView[];
}

/** The references an object holds, in the order the view lists them. */
export function referencesOf(o: PyObject): ObjectRef[] {
  const refs: ObjectRef[] = [];
  if (o instanceof PyList || o instanceof PyTuple) {
    o.items.forEach((t, i) => refs.push({ slot: `[${i}]`, target: t.address }));
  } else if (o instanceof PyDict) {
    for (const e of o.liveEntries()) {
      const k = displayRepr(e.key, 24);
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
  }
  return refs;
}

export function viewOf(o: PyObject): ObjectView {
  return {
    id: o.address,
    type: o.type.name,
    repr: displayRepr(o),
    refcount: o.refcount,
    interned: o.interned,
    refs: referencesOf(o),
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
    const v = viewOf(o);
    views.push(v);
    shown.add(v.id);
    for (const r of v.refs) wantedInterned.add(r.target);
  }
  for (const f of frames) {
    for (const n of f.names) wantedInterned.add(n.target);
    for (const s of f.stack) wantedInterned.add(s);
  }
  for (const o of heap.live) {
    if (o.interned && wantedInterned.has(o.address) && !shown.has(o.address)) views.push(viewOf(o));
  }
  return views;
}
