/**
 * Bulk allocations, checked before they happen: `[0] * n`, `list(range(n))`, `'a' * n`, joins,
 * copies and padding compute the bytes they are about to take, and raise MemoryError when that
 * would pass the memory budget (or what a JavaScript string or array can hold), before anything
 * changes. They also charge their work, one unit per thousand items, so the time budget and the
 * Stop button reach them. Small allocations are counted as they happen (heap.ts) and checked at
 * the next statement.
 */
import {
  intSize,
  listSize,
  preallocatedSlots,
  PyDict,
  PyDictView,
  PyInt,
  PyList,
  PyRange,
  PySet,
  PyStr,
  PyTuple,
  strSizeOf,
  type PyObject,
  type StrKind,
} from '../engine';
import type { Interpreter } from './interpreter';

/** The longest string V8 can make (String::kMaxLength on 64-bit). */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;
/** The longest array V8 can make. */
export const MAX_ARRAY_LENGTH = 2 ** 32 - 1;
/** PY_SSIZE_T_MAX: a size beyond it does not fit CPython's index type. */
export const MAX_SSIZE = 2 ** 63 - 1;

/** Room for a new str of `length` UTF-16 units of the given kind, or MemoryError. */
export function reserveStr(interp: Interpreter, kind: StrKind, length: number): void {
  if (length > MAX_STRING_LENGTH) interp.raise('MemoryError', null);
  interp.charge(length);
  interp.reserve(strSizeOf(kind, length));
}

/** Room for `n` new item slots of `bytesEach` (a list's or tuple's storage, new objects), or MemoryError. */
export function reserveItems(interp: Interpreter, n: number, bytesEach: number): void {
  if (n > MAX_ARRAY_LENGTH) interp.raise('MemoryError', null);
  interp.charge(n);
  interp.reserve(n * bytesEach);
}

/** len(o) when it is known without running Python code, else -1 (an iterator, an instance). */
export function knownLength(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyStr) return o.value.length;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PyDictView) return o.dict.size;
  if (o instanceof PySet) return o.members.size;
  // A range too long for a C size was refused before (checkLengthHint); Number() is exact below.
  if (o instanceof PyRange) return Number(o.length);
  return -1;
}

/** The bytes of the new objects iterating `o` makes per item: ints of a range, item tuples. */
function newObjectBytes(o: PyObject): number {
  if (o instanceof PyRange) {
    const [start, step, length] = [Number(o.start), Number(o.step), Number(o.length)];
    const widest = Math.max(Math.abs(start), Math.abs(start + step * (length - 1)));
    return intSize(widest);
  }
  if (o instanceof PyDictView && o.part === 'items') return 64;
  return 0;
}

/**
 * Before collecting the items of `o` into a new container with `slotBytes` per item: its length
 * must fit an index (OverflowError as CPython says it), and the container and the objects the
 * iteration makes must fit the budget.
 */
export function reserveCollection(interp: Interpreter, o: PyObject, slotBytes: number): void {
  const n = knownLength(o);
  if (n < 0) return;
  if (n > MAX_SSIZE) interp.raise('OverflowError', 'Python int too large to convert to C ssize_t');
  reserveItems(interp, n, slotBytes + newObjectBytes(o));
}

/** list(x): a sized `x` preallocates its length rounded up to even (list_preallocate_exact). */
export function listCapacityFor(o: PyObject, n: number): number {
  return knownLength(o) >= 0 ? preallocatedSlots(n) : n;
}

/** The bytes of a list of `n` items as list(x) makes it. */
export function collectedListBytes(n: number): number {
  return listSize(preallocatedSlots(n));
}

/** An int operand as a JS number, for sizes (Infinity when it is too big to matter). */
export function sizeOperand(o: PyInt): number {
  return typeof o.value === 'number' ? o.value : Number(o.value);
}
