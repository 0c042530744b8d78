/**
 * The attributes a function keeps in its own fields rather than its `__dict__` (funcobject.c):
 * `__doc__` (func_doc: the docstring constant until set), `__module__` (func_module: the
 * globals' `__name__`), `__annotations__` (func_annotations: a dict made on first read) and
 * `__dict__` itself (made on first read). functools.update_wrapper reads and sets all four.
 * Reading and setting them (functionFields.ts) load with the library (lateCore.ts): the app's
 * setup does neither.
 */
import type { PyFunction, PyObject } from '../engine';
import type { CodeUnit } from './frame';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/** A new reference to the attribute, or undefined when `name` is not one of these. */
export function getFunctionField(
  interp: Interpreter,
  o: PyFunction,
  name: string,
): PyObject | undefined {
  return lateCore(interp).functionFields.get(interp, o, name);
}

/** The code's docstring, held as its first constant (made once, borrowed), or None. */
export function docConstant(interp: Interpreter, code: CodeUnit): PyObject {
  if (code.doc == null) return interp.heap.None;
  if (!code.docConst) code.docConst = interp.heap.newStr(code.doc, true);
  return code.docConst;
}

/** Sets (v) or deletes (null) the attribute; false when `name` is not one of these. */
export function setFunctionField(
  interp: Interpreter,
  o: PyFunction,
  name: string,
  v: PyObject | null,
): boolean {
  return lateCore(interp).functionFields.set(interp, o, name, v);
}
