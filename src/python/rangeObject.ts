/**
 * range with unbounded ints, as rangeobject.c computes it: `range(10**30)` exists, prints, is
 * indexed and sliced exactly; only taking its length as a C size (len(), list()) is an
 * OverflowError.
 */
import {
  normInt,
  PyBool,
  PyFloat,
  PyInt,
  PyNone,
  PyRange,
  PySlice,
  type IntValue,
  type PyObject,
} from '../engine';
import { ssize } from './cSize';
import { big, rangeItem } from './rangeItem';
import type { Interpreter } from './interpreter';

/** range(stop), range(start, stop[, step]) */
export function newRange(interp: Interpreter, args: PyObject[]): PyRange {
  const n = args.map((a) => {
    if (a instanceof PyBool) return +a.value;
    if (a instanceof PyInt) return a.value;
    return interp.raise('TypeError', `'${a.type.name}' object cannot be interpreted as an integer`);
  });
  if (n.length === 0) interp.raise('TypeError', 'range expected at least 1 argument, got 0');
  if (n.length > 3)
    interp.raise('TypeError', `range expected at most 3 arguments, got ${n.length}`);
  const [start, stop, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? 1];
  if (big(step) === 0n) interp.raise('ValueError', 'range() arg 3 must not be zero');
  return interp.heap.newRange(start, stop, step);
}

/** len(r): the length, which must fit a C size. */
export function rangeLen(interp: Interpreter, r: PyRange): IntValue {
  ssize(interp, r.length);
  return r.length;
}

/** list(r), tuple(r), sorted(r), ...: CPython asks for the length first. */
export function checkLengthHint(interp: Interpreter, o: PyObject): void {
  if (o instanceof PyRange) rangeLen(interp, o);
}

export function rangeSubscript(interp: Interpreter, r: PyRange, k: PyObject): PyObject {
  const h = interp.heap;
  if (k instanceof PyInt || k instanceof PyBool) {
    let i = big(k instanceof PyBool ? +k.value : k.value);
    const length = big(r.length);
    if (i < 0n) i += length;
    if (i < 0n || i >= length) interp.raise('IndexError', 'range object index out of range');
    return h.newInt(rangeItem(r, normInt(i)));
  }
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(interp, k, big(r.length));
    const rs = big(r.step);
    const base = big(r.start);
    return h.newRange(normInt(base + start * rs), normInt(base + stop * rs), normInt(rs * step));
  }
  return interp.raise('TypeError', `range indices must be integers or slices, not ${k.type.name}`);
}

/** _PySlice_GetLongIndices: a slice's start, stop and step over `length` items, unbounded. */
function sliceIndices(interp: Interpreter, s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const num = (o: PyObject): bigint | null => {
    if (o instanceof PyNone) return null;
    if (o instanceof PyInt) return big(o.value);
    if (o instanceof PyBool) return BigInt(+o.value);
    return interp.raise(
      'TypeError',
      'slice indices must be integers or None or have an __index__ method',
    );
  };
  const step = num(s.step) ?? 1n;
  if (step === 0n) interp.raise('ValueError', 'slice step cannot be zero');
  const [lower, upper] = step < 0n ? [-1n, length - 1n] : [0n, length];
  const clamp = (v: bigint | null, dflt: bigint) => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += length;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  const start = clamp(num(s.start), step < 0n ? upper : lower);
  const stop = clamp(num(s.stop), step < 0n ? lower : upper);
  return [start, stop, step];
}

/** `x in r`: arithmetic for ints (and floats that are ints), no item equals anything else. */
export function rangeContains(r: PyRange, item: PyObject): boolean {
  let v: bigint;
  if (item instanceof PyInt) v = big(item.value);
  else if (item instanceof PyBool) v = BigInt(+item.value);
  else if (item instanceof PyFloat && Number.isInteger(item.value)) v = BigInt(item.value);
  else return false;
  const start = big(r.start);
  const step = big(r.step);
  const offset = v - start;
  if (offset % step !== 0n) return false;
  const k = offset / step;
  return k >= 0n && k < big(r.length);
}

/** range_equals: equal when they hold the same items. */
export function rangeEquals(a: PyRange, b: PyRange): boolean {
  const same = (x: IntValue, y: IntValue) => big(x) === big(y);
  if (!same(a.length, b.length)) return false;
  if (big(a.length) === 0n) return true;
  if (!same(a.start, b.start)) return false;
  return big(a.length) === 1n || same(a.step, b.step);
}
