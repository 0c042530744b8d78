/**
 * `==` of two dicts and of two weak references: parts of `equals` (operators.ts) that load with
 * the library (lateCore.ts), which keeps them out of the page's first load.
 */
import { PyOrderedDict, type PyDict, type PyWeakref } from '../engine';
import type { Interpreter } from './interpreter';
import { equals, IN_COMPARISON } from './operators';
import { C_LEVEL_BYTES } from './stackGuard';

/** dict_equal: the same size, and each key's value equal to the other's (a level of the limit). */
export function dictsEqual(interp: Interpreter, a: PyDict, b: PyDict): boolean {
  interp.enterLevel(C_LEVEL_BYTES, IN_COMPARISON);
  try {
    if (a.size !== b.size) return false;
    for (const e of a.liveEntries()) {
      const other = interp.hashGuard(() => interp.heap.dictGet(b, e.key));
      if (!other || !equals(interp, e.value, other)) return false;
    }
    // Two OrderedDicts are equal only with their keys in the same order.
    if (a instanceof PyOrderedDict && b instanceof PyOrderedDict) {
      const bKeys = b.order.keys();
      return a.order.keys().every((k, i) => equals(interp, k, bKeys[i]!));
    }
    return true;
  } finally {
    interp.leaveLevel(C_LEVEL_BYTES);
  }
}

/** Live weakrefs are equal when their referents are; dead ones only to themselves. */
export function weakrefsEqual(interp: Interpreter, a: PyWeakref, b: PyWeakref): boolean {
  // WeakMethod.__eq__: two of them are equal while both are alive and their objects and
  // functions are (their _func_refs compare as weakrefs do).
  if (a.methodAlive !== null && b.methodAlive !== null) {
    if (!a.methodAlive || !b.methodAlive) return a === b;
    if (!a.referent || !b.referent || !equals(interp, a.referent, b.referent)) return false;
    return equals(interp, a.key!, b.key!);
  }
  // weakref_richcompare: a dead one is equal to itself alone.
  if (!a.referent || !b.referent) return a === b;
  return equals(interp, a.referent, b.referent);
}
