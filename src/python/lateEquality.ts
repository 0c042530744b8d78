/**
 * `==` of two dicts and of two weak references, and the comparisons of a dict's keys or items
 * view with a set or another view: parts of `equals` and `orderCompare` (operators.ts) that load
 * with the library (lateCore.ts), which keeps them out of the page's first load.
 */
import {
  PyDictView,
  PyOrderedDict,
  PySet,
  type PyDict,
  type PyObject,
  type PyWeakref,
} from '../engine';
import type { Interpreter } from './interpreter';
import { contains, equals, IN_COMPARISON, type CompareOp } from './operators';
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

/** A dict's keys or items view, or a set or frozenset: what dictview_richcompare compares. */
function isSetLike(o: PyObject): o is PyDictView | PySet {
  return o instanceof PySet || (o instanceof PyDictView && o.part !== 'values');
}

/**
 * dictview_richcompare: `a op b` when one is a dict's keys or items view and the other a set or
 * such a view, by sizes and containment (a set against a view answers through the view's
 * reflected comparison, the same answer); null for any other pair.
 */
export function viewComparison(
  interp: Interpreter,
  op: CompareOp,
  a: PyObject,
  b: PyObject,
): boolean | null {
  if (!(a instanceof PyDictView || b instanceof PyDictView)) return null;
  if (!isSetLike(a) || !isSetLike(b)) return null;
  const [la, lb] = [setLength(a), setLength(b)];
  switch (op) {
    case '==':
      return la === lb && allContainedIn(interp, a, b);
    case '!=':
      return !(la === lb && allContainedIn(interp, a, b));
    case '<':
      return la < lb && allContainedIn(interp, a, b);
    case '<=':
      return la <= lb && allContainedIn(interp, a, b);
    case '>':
      return la > lb && allContainedIn(interp, b, a);
    case '>=':
      return la >= lb && allContainedIn(interp, b, a);
  }
}

function setLength(o: PyDictView | PySet): number {
  return o instanceof PySet ? o.members.size : o.dict.size;
}

/** all_contained_in: each item of `a` (an items view's as a new tuple) is in `b`. */
function allContainedIn(interp: Interpreter, a: PyDictView | PySet, b: PyObject): boolean {
  const h = interp.heap;
  if (a instanceof PySet) return a.ordered().every((m) => contains(interp, b, m));
  for (const e of [...a.dict.liveEntries()]) {
    if (a.part === 'keys') {
      if (!contains(interp, b, e.key)) return false;
      continue;
    }
    h.incref(e.key);
    h.incref(e.value);
    const pair = h.newTuple([e.key, e.value]);
    try {
      if (!contains(interp, b, pair)) return false;
    } finally {
      h.decref(pair);
    }
  }
  return true;
}
