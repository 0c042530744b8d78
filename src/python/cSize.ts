/**
 * Python ints where CPython needs a C size (Py_ssize_t, 64 bits): an index, a repeat count, a
 * length. Past the C range CPython raises rather than computing with a rounded number:
 * - PyNumber_AsSsize_t (`[1][10**30]`, `[0] * 10**30`): "cannot fit 'int' into an index-sized
 *   integer", as IndexError for an index, OverflowError for a count;
 * - PyLong_AsSsize_t (`len(range(10**30))`, `lst.pop(10**30)`): OverflowError "Python int too
 *   large to convert to C ssize_t".
 */
import { PyBool, PyInt, type IntValue, type PyObject } from '../engine';
import type { Interpreter } from './interpreter';

const SSIZE_MAX = (1n << 63n) - 1n;
const SSIZE_MIN = -(1n << 63n);

export function fitsSsize(v: IntValue): boolean {
  if (typeof v === 'number') return true;
  return v >= SSIZE_MIN && v <= SSIZE_MAX;
}

/** PyNumber_AsSsize_t: an index or count, or `exc` past the C range. */
export function indexSized(
  interp: Interpreter,
  v: IntValue,
  exc: 'IndexError' | 'OverflowError',
): number {
  if (!fitsSsize(v)) interp.raise(exc, "cannot fit 'int' into an index-sized integer");
  return Number(v);
}

/** PyLong_AsSsize_t: a length or an argument declared Py_ssize_t. */
export function ssize(interp: Interpreter, v: IntValue): number {
  if (!fitsSsize(v)) interp.raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
}

/** An argument declared Py_ssize_t: an int or bool (PyNumber_Index), then PyLong_AsSsize_t. */
export function ssizeArgument(interp: Interpreter, o: PyObject): number {
  if (o instanceof PyBool) return +o.value;
  if (!(o instanceof PyInt))
    return interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return ssize(interp, o.value);
}
