/**
 * tp_traverse: the references each kind of object reports to the collector, in CPython 3.11's
 * order. Each class implements its own (`PyObject.traverse`, see slots.ts: lists and tuples last
 * to first; a dict with only str keys reports only its values, other dicts value then key; an
 * instance its attribute values, then its class). gc.get_referents and the collector both see the
 * heap through it.
 */
import { PyList, PyObject, PyTuple } from './objects';
import type { Visit } from './slots';

export type { Visit } from './slots';

export function traverse(o: PyObject, visit: Visit): void {
  o.traverse(visit);
}

const LIST_TRAVERSE = PyList.prototype.traverse;
const TUPLE_TRAVERSE = PyTuple.prototype.traverse;

/**
 * The items a list or a tuple of a built-in type visits, last to first, and nothing else; null for
 * any other object. The collector's passes loop over them and call their one visitor from that
 * loop, where V8 inlines it: through `traverse` the visitor is called from the list's method,
 * which every visitor of the program shares.
 */
export function traversedItems(o: PyObject): readonly PyObject[] | null {
  const method = o.traverse;
  if (method === LIST_TRAVERSE) return (o as PyList).items;
  if (method === TUPLE_TRAVERSE && !o.type.isHeapType) return (o as PyTuple).items;
  return null;
}

/** A tuple of a built-in type (not a named tuple): untrack_tuples's candidates. */
export function isPlainTuple(o: PyObject): o is PyTuple {
  return o.traverse === TUPLE_TRAVERSE && !o.type.isHeapType;
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
