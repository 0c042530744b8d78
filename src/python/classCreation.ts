/**
 * What type_new does with a class body's namespace beyond copying it: a `__new__` function is
 * wrapped in a staticmethod, `__init_subclass__` and `__class_getitem__` in classmethods
 * (type_new_set_attrs); the `__classcell__` gets the class; then, once the class is ready, each
 * attribute with `__set_name__` is told its owner and name (type_ready_set_names) and a base's
 * `__init_subclass__` runs (type_new_init_subclass).
 */
import { PyCell, PyFunction, type PyDict, type PyObject, type PyType } from '../engine';
import { implicitClassMethod, implicitStaticMethod, setNames } from './descriptors';
import { libraryOf } from './library';
import { NotSupported, PyError } from './errors';
import type { Interpreter } from './interpreter';

/** MAKE_CELL of a class body's `__class__`: an empty cell. */
export function newClassCell(interp: Interpreter): PyCell {
  const h = interp.heap;
  return h.track(new PyCell(h.allocAddress(0x30), interp.cellType, null));
}

/**
 * type_new_set_classcell: the `__classcell__` the body stored gets the new class (and is left
 * out of the class's dict; the body's namespace keeps it until that is released).
 */
export function setClassCell(interp: Interpreter, t: PyType, cell: PyObject): void {
  if (!(cell instanceof PyCell))
    interp.raise(
      'TypeError',
      `__classcell__ must be a nonlocal cell, not <class '${cell.type.name}'>`,
    );
  const h = interp.heap;
  const old = cell.contents;
  h.incref(t, cell, 'cell_contents');
  cell.contents = t;
  if (old) h.decref(old, cell, 'cell_contents');
}

/** The value the class's dict stores for a namespace entry (a new reference). */
export function classDictValue(interp: Interpreter, name: string, v: PyObject): PyObject {
  if (name === '__new__' && v instanceof PyFunction) return implicitStaticMethod(interp, v);
  if ((name === '__init_subclass__' || name === '__class_getitem__') && v instanceof PyFunction)
    return implicitClassMethod(interp, v);
  interp.heap.incref(v);
  return v;
}

/** The class body defined a hook Heapscope does not run yet: refused before the class exists. */
export function refuseClassHooks(interp: Interpreter, ns: PyDict, line: number): void {
  for (const e of ns.liveEntries()) {
    const name = (e.key as { value?: string }).value;
    // Protocols Heapscope does not run (also refused before the program runs, unsupported.ts,
    // when defined by a `def`): refused rather than silently different.
    if (name && ATTRIBUTE_HOOKS.has(name))
      throw new NotSupported(`a class defining '${name}'`, line);
  }
}

const ATTRIBUTE_HOOKS = new Set([
  '__getattr__',
  '__getattribute__',
  '__setattr__',
  '__delattr__',
  '__class_getitem__',
]);

/** After the class is made: __set_name__ of its attributes, then the bases' __init_subclass__. */
export function classReady(interp: Interpreter, t: PyType, ns: PyDict, line: number): void {
  try {
    setNames(interp, t, ns);
  } catch (e) {
    // 3.11 wraps the error in a RuntimeError naming the descriptor: not modelled.
    if (e instanceof PyError) {
      interp.releaseError(e);
      throw new NotSupported('an exception raised by __set_name__', line);
    }
    throw e;
  }
  try {
    if (definesInitSubclass(t)) libraryOf(interp).initSubclass(interp, t);
  } catch (e) {
    // The class is not stored: type_new's reference to it goes.
    interp.heap.decref(t);
    throw e;
  }
}

/** A base of `t` is a class that defines `__init_subclass__` (then super() is the library's). */
function definesInitSubclass(t: PyType): boolean {
  // Walked without an array: a chain of single inheritance may be thousands of classes long.
  for (let i = 0, c = t.nextInMro(t, 0); c; c = t.nextInMro(c, ++i))
    if (c.isHeapType && c.attrs.has('__init_subclass__')) return true;
  return false;
}
