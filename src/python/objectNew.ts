/**
 * Instance creation as type_call and object_new do it: a class's own `__new__` (a staticmethod
 * type_new made of the body's function) is called with the class and the call's arguments; when
 * what it returns is not an instance of the class, `__init__` is skipped. `object.__new__(cls)` is
 * the built-in that makes the bare instance, with object_new's argument checks. Both run only for
 * a program's calls (objectNewCalls.ts, loaded with the library: lateCore.ts).
 */
import type { PyBuiltin, PyObject, PyType } from '../engine';
import type { BuiltinImpl } from './builtins';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { lateCore, lateMethod } from './lateCore';

/** Calls the class's `__new__` (found on it or a base): a new reference, of any type. */
export function callUserNew(
  interp: Interpreter,
  t: PyType,
  newAttr: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
  f: Frame | null,
): PyObject {
  return lateCore(interp).callUserNew(interp, t, newAttr, args, kwnames, f);
}

const objectNewImpl: BuiltinImpl = {
  name: '__new__',
  isMethod: true,
  call: lateMethod((late) => late.objectNew),
};

/**
 * `object.__new__` (and a class's inherited `__new__`), a built-in method bound to object, made on
 * first use. It is kept on the interpreter, so a checkpoint from before that use forgets it (and
 * the replay makes it again at the same address).
 */
export function objectNew(interp: Interpreter): PyBuiltin {
  let b = interp.objectNew;
  if (!b) {
    b = interp.heap.newBuiltin('__new__', objectNewImpl, interp.heap.types.object);
    b.interned = true;
    interp.objectNew = b;
  }
  return b;
}
