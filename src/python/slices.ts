/** Slices resolved against a sequence's length, as CPython's sliceobject.c resolves them. */
import { PyBool, PyInt, PyNone, type PyObject, type PySlice } from '../engine';
import type { Interpreter } from './interpreter';
import { asIndex, refuseUserIndex } from './methods';

/** start, stop, step of a slice over `length` items, as PySlice_AdjustIndices computes them. */
export function sliceIndices(
  interp: Interpreter,
  s: PySlice,
  length: number,
): [number, number, number] {
  const num = (o: PyObject, d: number) => {
    if (o instanceof PyNone) return d;
    if (!(o instanceof PyInt) && !(o instanceof PyBool)) {
      refuseUserIndex(interp, o, 'slice indices');
      interp.raise(
        'TypeError',
        'slice indices must be integers or None or have an __index__ method',
      );
    }
    return asIndex(interp, o, 'slice indices');
  };
  const step = num(s.step, 1);
  if (step === 0) interp.raise('ValueError', 'slice step cannot be zero');
  const clamp = (v: number, lo: number, hi: number) =>
    v < 0 ? Math.max(v + length, lo) : Math.min(v, hi);
  const start =
    s.start instanceof PyNone
      ? step > 0
        ? 0
        : length - 1
      : clamp(num(s.start, 0), step > 0 ? 0 : -1, step > 0 ? length : length - 1);
  const stop =
    s.stop instanceof PyNone
      ? step > 0
        ? length
        : -1
      : clamp(num(s.stop, 0), step > 0 ? 0 : -1, step > 0 ? length : length - 1);
  return [start, stop, step];
}

/** How many items a slice picks (PySlice_AdjustIndices' result). */
export function sliceLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}
