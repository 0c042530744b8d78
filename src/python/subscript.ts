/**
 * `o[k]`, `o[k] = v`, `del o[k]` as the core calls them. The app's setup subscripts nothing, so
 * how each is done (objectItems.ts) loads with the library (lateCore.ts) and each call goes there.
 * Operands are borrowed; getItem returns a new reference.
 */
import type { PyObject } from '../engine';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/** PyObject_GetItem (objectItems.ts). */
export function getItem(interp: Interpreter, o: PyObject, k: PyObject): PyObject {
  return lateCore(interp).items.getItem(interp, o, k);
}

/** PyObject_SetItem (objectItems.ts). */
export function setItem(interp: Interpreter, o: PyObject, k: PyObject, v: PyObject): void {
  lateCore(interp).items.setItem(interp, o, k, v);
}

/** PyObject_DelItem (objectItems.ts). */
export function deleteItem(interp: Interpreter, o: PyObject, k: PyObject): void {
  lateCore(interp).items.deleteItem(interp, o, k);
}
