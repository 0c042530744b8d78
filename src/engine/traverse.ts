/**
 * tp_traverse: the references each kind of object reports to the collector, in CPython 3.11's
 * order. Each class implements its own (`PyObject.traverse`, see slots.ts: lists and tuples last
 * to first; a dict with only str keys reports only its values, other dicts value then key; an
 * instance its attribute values, then its class). gc.get_referents and the collector both see the
 * heap through it.
 */
import { PyObject, PyTuple } from './objects';
import type { Visit } from './slots';

export type { Visit } from './slots';

export function traverse(o: PyObject, visit: Visit): void {
  o.traverse(visit);
}

/**
 * Is this a GC type in CPython (can it ever be tracked)? Numbers, strs, ranges: no. Classes say
 * so on their prototype; a class statement's class and a bound builtin method on themselves.
 */
export function isGcType(o: PyObject): boolean {
  return o.gcClass;
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object that is, or could become, tracked. */
export function mayBeTracked(o: PyObject): boolean {
  if (!isGcType(o)) return false;
  return !(o instanceof PyTuple) || o.gcHandle !== 0;
}
