/**
 * An f-string field or format() as the core runs it: without a format spec, `!r`, `!s`, a str
 * and an int need nothing more; anything else (a spec, another type's __format__) goes to the
 * library's format.ts, which the app's setup never needs.
 */
import { PyInt, PyStr, type PyObject } from '../engine';
import type { Interpreter } from './interpreter';
import { libraryOf } from './library';

export function formatField(
  interp: Interpreter,
  value: PyObject,
  conv: string | null,
  spec: string,
): string {
  if (spec === '') {
    if (conv === 'r') return interp.reprOf(value);
    if (conv === 's') return interp.strOf(value);
    if (conv === null && (value instanceof PyStr || value instanceof PyInt))
      return interp.strOf(value);
  }
  return libraryOf(interp).formatValue(interp, value, conv, spec);
}
