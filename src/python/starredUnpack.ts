/**
 * UNPACK_EX, the starred assignment `a, *rest, z = value` (ceval.c's unpack_iterable with a
 * variable target): `before` items are taken from the value's iterator, the rest of it becomes a
 * new list (PySequence_List: list_extend of the iterator, preallocated to its length hint), and
 * the last `after` items are moved from that list's end onto the stack: the list keeps its
 * allocation, only its size shrinks (Py_SET_SIZE). This is the library's: only a program with a
 * starred target reaches it (compile/assignment.ts lowers the target, closures/unpacking.ts runs
 * the store and calls it).
 */
import { preallocatedSlots, PyList, type PyObject } from '../engine';
import type { Interpreter } from './interpreter';
import { forUnpacking, getIter, iterNext, type IteratorObject } from './iteration';
import { lengthHint } from './methods';

/**
 * The values of the targets in order, new references: the `before` items, the list, the `after`
 * items. The value itself is borrowed (the caller releases it, as UNPACK_EX pops it after).
 */
export function unpackStarred(
  interp: Interpreter,
  v: PyObject,
  before: number,
  after: number,
): PyObject[] {
  const h = interp.heap;
  const it = forUnpacking(interp, v, () => getIter(interp, v));
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < before; i++) {
      const w = iterNext(interp, it);
      if (!w) notEnough(interp, before + after, i);
      out.push(w);
    }
    const l = restAsList(interp, it);
    out.push(l);
    const ll = l.items.length;
    if (ll < after) notEnough(interp, before + after, before + ll);
    // The references of the last `after` items move from the list to the stack.
    out.push(...l.items.splice(ll - after));
  } catch (e) {
    // unpack_iterable's error path: what was pushed, most recent first, then the iterator.
    for (let i = out.length - 1; i >= 0; i--) h.decref(out[i]!);
    h.decref(it);
    throw e;
  }
  h.decref(it);
  return out;
}

/**
 * PySequence_List(it): an empty list, which list_extend fills from iter(it) (an iterator of a
 * class of the program runs its `__iter__` a second time), preallocated exactly to the
 * iterator's length hint (8 when it has none), each item appended (app1 grows it past that), then
 * cut back if it is less than half used.
 */
function restAsList(interp: Interpreter, it: IteratorObject): PyList {
  const h = interp.heap;
  const l = h.newList([]);
  let again: IteratorObject | null = null;
  try {
    again = getIter(interp, it);
    const source = again;
    const hint = lengthHint(it);
    const guess = hint < 0 ? 8 : hint;
    if (guess > 0) {
      interp.reserve(8 * preallocatedSlots(guess));
      h.listSetAllocated(l, preallocatedSlots(guess));
    }
    h.bulk(Math.max(hint, 0), () => {
      for (let w = iterNext(interp, source); w; w = iterNext(interp, source)) {
        if (l.items.length >= l.allocated) h.listResize(l, l.items.length + 1);
        h.noteMove(w, l, l.items.length);
        l.items.push(w);
      }
    });
    if (l.items.length < l.allocated) h.listResize(l, l.items.length);
  } catch (e) {
    // list_extend drops its iterator, then PySequence_List the list.
    if (again) h.decref(again);
    h.decref(l);
    throw e;
  }
  h.decref(again);
  return l;
}

function notEnough(interp: Interpreter, expected: number, got: number): never {
  return interp.raise(
    'ValueError',
    `not enough values to unpack (expected at least ${expected}, got ${got})`,
  );
}
