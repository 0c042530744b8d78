/**
 * The builtins' iterator objects (enumerate, zip, map, filter, reversed, list_reverseiterator) as
 * the core reaches them. next() of each (iterObjectSteps.ts, CPython 3.11's tp_iternext
 * functions) loads with the library (lateCore.ts): the app's setup makes none.
 */
import { PyList, type PyIterObject, type PyObject } from '../engine';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/** iterNext of an inner iterator: a new reference, or null when it is exhausted. */
export type Step = (it: PyObject) => PyObject | null;

/** tp_iternext of `o`, with `step` the iterNext of its inner iterators (iterObjectSteps.ts). */
export function iterObjectNext(interp: Interpreter, o: PyIterObject, step: Step): PyObject | null {
  return lateCore(interp).iterObjectNext(interp, o, step);
}

/** __length_hint__: reversed and list_reverseiterator have one (index + 1); the others none. */
export function iterObjectLengthHint(o: PyIterObject): number {
  if (o.kind !== 'reversed' && o.kind !== 'list_reverseiterator') return -1;
  const seq = o.fields[0];
  if (!seq) return 0;
  if (o.kind === 'list_reverseiterator' && seq instanceof PyList && o.index >= seq.items.length)
    return 0;
  return o.index + 1;
}
