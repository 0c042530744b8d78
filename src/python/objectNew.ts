/**
 * Instance creation as type_call and object_new do it: a class's own `__new__` (a staticmethod
 * type_new made of the body's function) is called with the class and the call's arguments; when
 * what it returns is not an instance of the class, `__init__` is skipped. `object.__new__(cls)` is
 * the built-in that makes the bare instance, with object_new's argument checks.
 */
import { PyType, PyWrapperObject, type PyBuiltin, type PyObject } from '../engine';
import type { BuiltinImpl } from './builtins';
import { descriptorGet } from './descriptors';
import { NotSupported } from './errors';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';

/** Calls the class's `__new__` (found on it or a base): a new reference, of any type. */
export function callUserNew(
  interp: Interpreter,
  t: PyType,
  newAttr: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
  f: Frame | null,
): PyObject {
  if (t.isSubtypeOf(interp.exceptions.get('BaseException')!))
    throw new NotSupported('__new__ in an exception class', interp.frame?.lineno ?? 0);
  const h = interp.heap;
  // slot_tp_new: getattr(type, '__new__'), then the call with the class prepended.
  let fn = newAttr;
  if (newAttr instanceof PyWrapperObject) fn = descriptorGet(interp, newAttr, null, t);
  else h.incref(fn);
  try {
    return interp.callWith(fn, [t, ...args], kwnames, f);
  } finally {
    h.decref(fn);
  }
}

const objectNewImpl: BuiltinImpl = {
  name: '__new__',
  isMethod: true,
  call(interp, args, kw) {
    // args[0] is the object type the method is bound to; args[1] the class to instantiate.
    const cls = args[1];
    if (!cls) return interp.raise('TypeError', 'object.__new__(): not enough arguments');
    if (!(cls instanceof PyType))
      return interp.raise(
        'TypeError',
        `object.__new__(X): X is not a type object (${cls.type.name})`,
      );
    const object = interp.heap.types.object;
    if (cls !== object && !cls.isHeapType)
      return interp.raise(
        'TypeError',
        `object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`,
      );
    if (cls.isSubtypeOf(interp.exceptions.get('BaseException')!))
      throw new NotSupported('object.__new__ of an exception class', interp.frame?.lineno ?? 0);
    if (args.length > 2 || (kw && kw.length)) {
      if (lookupTypeAttr(cls, '__new__'))
        interp.raise(
          'TypeError',
          'object.__new__() takes exactly one argument (the type to instantiate)',
        );
      if (!lookupTypeAttr(cls, '__init__'))
        interp.raise('TypeError', `${cls.name}() takes no arguments`);
    }
    return interp.newInstance(cls, []);
  },
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
