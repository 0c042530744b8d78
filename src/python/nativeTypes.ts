/**
 * What the interpreter asks of an extension module's C type (PyNativeObject instances): its
 * tp_getattro/tp_setattro beyond the type's methods, tp_call. Registered by the module that
 * defines the type (functools); the types are per interpreter, so this map keyed by them is too.
 */
import type { PyNativeObject, PyObject, PyType } from '../engine';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

export interface NativeBehaviour {
  /** An attribute (a new reference) or undefined to go on with the type's methods. */
  getAttr?(interp: Interpreter, o: PyNativeObject, name: string): PyObject | undefined;
  /** Sets (v) or deletes (null) an attribute. */
  setAttr?(interp: Interpreter, o: PyNativeObject, name: string, v: PyObject | null): void;
  /** `a == b` for two objects of this kind of type (identity is checked before). */
  equals?(interp: Interpreter, a: PyNativeObject, b: PyNativeObject): boolean;
  /** Calls the object with borrowed arguments (keyword values last, named by `kwnames`). */
  call?(
    interp: Interpreter,
    o: PyNativeObject,
    args: PyObject[],
    kwnames: readonly string[] | null,
    f: Frame | null,
  ): PyObject;
}

export const nativeBehaviours = new WeakMap<PyType, NativeBehaviour>();
