/**
 * tp_traverse: the references each kind of object reports to the collector, in CPython 3.11's
 * order. Each class implements its own (`PyObject.traverse`, see slots.ts: lists and tuples last
 * to first; a dict with only str keys reports only its values, other dicts value then key; an
 * instance its attribute values, then its class). gc.get_referents and the collector both see the
 * heap through it.
 */
import { PyBuiltin, PyObject, PyTuple, PyType } from './objects';
import type { Visit } from './slots';

export type { Visit } from './slots';

export function traverse(o: PyObject, visit: Visit): void {
  o.traverse(visit);
}

/** Is this a GC type in CPython (can it ever be tracked)? Numbers, strs, ranges: no. */
export function isGcType(o: PyObject): boolean {
  if (o.gcClass) return true;
  if (o instanceof PyBuiltin) return o.self !== null;
  return o instanceof PyType && o.isHeapType;
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object that is, or could become, tracked. */
export function mayBeTracked(o: PyObject): boolean {
  if (!isGcType(o)) return false;
  return !(o instanceof PyTuple) || o.gcNext !== null;
}
