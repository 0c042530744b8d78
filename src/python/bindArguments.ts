/**
 * Binding a call's arguments to a Python function's parameters, as the core calls it: CPython
 * 3.11's `initialize_locals`, in initializeLocals.ts, which loads with the library (lateCore.ts).
 */
import type { PyFunction, PyObject } from '../engine';
import type { CodeUnit } from './frame';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/**
 * Moves `args` (owned: positional ones, then one per name in `kwnames`) into `fast`, packing
 * `*args` and `**kwargs`, adding defaults; raises CPython's TypeError for a call that does not fit.
 */
export function bindArguments(
  interp: Interpreter,
  func: PyFunction,
  code: CodeUnit,
  fast: (PyObject | null)[],
  args: PyObject[],
  kwnames: readonly string[] | null,
): void {
  lateCore(interp).bindArguments(interp, func, code, fast, args, kwnames);
}
