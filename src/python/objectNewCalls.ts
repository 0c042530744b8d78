/**
 * Instance creation's calls (objectNew.ts says what they do): a class's own `__new__`, and
 * `object.__new__`. This loads with the library (lateCore.ts): the app's setup makes no instance.
 */
import { PyType, PyWrapperObject, type PyObject } from '../engine';
import { descriptorGet } from './descriptors';
import { NotSupported } from './errors';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import type { MethodFn } from './methods';
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

/** object.__new__(cls), with object_new's argument checks. */
export const objectNewCall: MethodFn = (interp, args, kw) => {
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
};
