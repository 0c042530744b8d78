/**
 * Hashing objects whose class says how (CPython's slot_tp_hash), as the core reaches it: what it
 * does (slotHash.ts) loads with the library (lateCore.ts), as the app's setup hashes no instance
 * or tuple.
 */
import type { PyObject } from '../engine';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/**
 * Runs the `__hash__` of every instance in a key (a tuple's items included) before the engine
 * hashes it by identity; refuses keys whose class compares by value (slotHash.ts).
 */
export function checkKey(interp: Interpreter, key: PyObject): void {
  lateCore(interp).checkKey(interp, key);
}
