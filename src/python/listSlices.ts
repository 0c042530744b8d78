/**
 * `a[i:j] = v`, `a[i:j:k] = v` and `del a[...]` on a list, as CPython 3.11's listobject.c does
 * them, because the order of the releases is what a program with `__del__` sees:
 * - step 1 (list_ass_slice): the new items are stored, then the replaced ones are released last
 *   to first; a result that is empty clears the list (_list_clear: last to first too), after the
 *   assigned sequence is let go;
 * - another step (list_ass_subscript): each slot takes its new item in slice order, then the old
 *   ones are released in that order; a deletion releases them in ascending index order.
 * The value is taken as PySequence_Fast takes it: a list or tuple as it is (a list assigned to
 * itself is copied first), any other iterable made into a list before anything changes.
 */
import { PyList, PyTuple, type PyObject, type PySlice } from '../engine';
import { reserveItems } from './allocation';
import type { Interpreter } from './interpreter';
import { getIter } from './iteration';
import { newListOf } from './coreMethods';
import { sliceIndices, sliceLength } from './slices';

/** `l[s] = value`, or `del l[s]` when value is null. */
export function assignListSlice(
  interp: Interpreter,
  l: PyList,
  s: PySlice,
  value: PyObject | null,
): void {
  const [start, stop, step] = sliceIndices(interp, s, l.items.length);
  if (step === 1) {
    assignContiguous(interp, l, start, stop, value);
    return;
  }
  const length = sliceLength(start, stop, step);
  if (value === null) {
    deleteExtended(interp, l, start, step, length);
    return;
  }
  const seq =
    value === l
      ? copyOf(interp, l)
      : sequenceFast(interp, value, 'must assign iterable to extended slice');
  const h = interp.heap;
  try {
    const items = (seq as PyList | PyTuple).items;
    if (items.length !== length)
      interp.raise(
        'ValueError',
        `attempt to assign sequence of size ${items.length} to extended slice of size ${length}`,
      );
    h.bulk(length, () => {
      const garbage: PyObject[] = [];
      for (let i = 0, cur = start; i < length; i++, cur += step) {
        garbage.push(l.items[cur]!);
        h.incref(items[i]!, l, cur);
        l.items[cur] = items[i]!;
      }
      for (let i = 0, cur = start; i < length; i++, cur += step) h.decref(garbage[i]!, l, cur);
    });
  } finally {
    h.decref(seq);
  }
}

/** list_ass_slice(l, ilow, ihigh, v). */
function assignContiguous(
  interp: Interpreter,
  l: PyList,
  ilow: number,
  ihigh: number,
  value: PyObject | null,
): void {
  const h = interp.heap;
  if (value === l) {
    const copy = copyOf(interp, l);
    try {
      assignContiguous(interp, l, ilow, ihigh, copy);
    } finally {
      h.decref(copy);
    }
    return;
  }
  const seq = value === null ? null : sequenceFast(interp, value, 'can only assign an iterable');
  const items = seq ? (seq as PyList | PyTuple).items.slice() : [];
  const size = l.items.length;
  ilow = Math.min(Math.max(ilow, 0), size);
  ihigh = Math.min(Math.max(ihigh, ilow), size);
  const norig = ihigh - ilow;
  const d = items.length - norig;
  if (size + d === 0) {
    if (seq) h.decref(seq);
    clear(interp, l);
    return;
  }
  try {
    if (d > 0) reserveItems(interp, d, 0);
    h.bulk(items.length + norig, () => {
      const recycle = l.items.slice(ilow, ihigh);
      if (d !== 0) h.listResize(l, size + d);
      l.items.splice(ilow, norig, ...items);
      for (let k = 0; k < items.length; k++) h.incref(items[k]!, l, ilow + k);
      for (let k = norig - 1; k >= 0; k--) h.decref(recycle[k]!, l, ilow + k);
    });
  } finally {
    if (seq) h.decref(seq);
  }
}

/** The deletion branch of list_ass_subscript for a step other than 1. */
function deleteExtended(
  interp: Interpreter,
  l: PyList,
  start: number,
  step: number,
  length: number,
): void {
  if (length <= 0) return;
  if (step < 0) {
    start = start + step * (length - 1);
    step = -step;
  }
  const doomed = new Set<number>();
  for (let i = 0, cur = start; i < length; i++, cur += step) doomed.add(cur);
  const garbage = [...doomed].map((i) => l.items[i]!);
  const h = interp.heap;
  h.bulk(length, () => {
    const kept = l.items.filter((_, i) => !doomed.has(i));
    h.listResize(l, kept.length);
    l.items = kept;
    [...doomed].forEach((index, i) => h.decref(garbage[i]!, l, index));
  });
}

/** _list_clear: the list is emptied first, then its items are released last to first. */
function clear(interp: Interpreter, l: PyList): void {
  const h = interp.heap;
  const items = l.items;
  h.bulk(items.length, () => {
    h.listCleared(l);
    for (let i = items.length - 1; i >= 0; i--) h.decref(items[i]!, l, i);
  });
}

/** list_slice(l, 0, len(l)): a new list holding every item. */
function copyOf(interp: Interpreter, l: PyList): PyList {
  const h = interp.heap;
  reserveItems(interp, l.items.length, 8);
  for (const item of l.items) h.incref(item);
  return h.newList(l.items.slice());
}

/**
 * PySequence_Fast(v, message): a list or tuple itself (a new reference), else a list of what
 * iterating it gives; an object that cannot be iterated is a TypeError with `message`.
 */
function sequenceFast(interp: Interpreter, v: PyObject, message: string): PyObject {
  const h = interp.heap;
  if ((v instanceof PyList || v instanceof PyTuple) && !v.type.isHeapType) {
    h.incref(v);
    return v;
  }
  let it: PyObject;
  try {
    it = getIter(interp, v);
  } catch (e) {
    const exc = (e as { exc?: PyObject }).exc;
    if (!exc || !exc.type.isSubtypeOf(interp.exceptions.get('TypeError')!)) throw e;
    interp.releaseError(e as never);
    return interp.raise('TypeError', message);
  }
  try {
    return newListOf(interp, it);
  } finally {
    h.decref(it);
  }
}
