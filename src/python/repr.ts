/**
 * `repr()` and `str()` of every value, as the core calls them. The app's setup shows no value's
 * text, so how each is made (objectRepr.ts) loads with the library (lateCore.ts) and each call goes
 * there.
 */
import type { PyObject } from '../engine';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/** PyObject_Repr (objectRepr.ts). */
export function repr(interp: Interpreter, o: PyObject): string {
  return lateCore(interp).repr(interp, o);
}

/** PyObject_Str (objectRepr.ts). */
export function str(interp: Interpreter, o: PyObject): string {
  return lateCore(interp).str(interp, o);
}
