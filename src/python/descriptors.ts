/**
 * The descriptor protocol for class attributes: `property` (getter, setter, deleter), the
 * `staticmethod` and `classmethod` wrappers, and a user class's own `__get__`/`__set__`/
 * `__delete__` (a data descriptor wins over the instance's __dict__, a non-data one loses to it,
 * as PyObject_GenericGetAttr decides). The wrapper objects are real heap objects (engine
 * wrapperObjects.ts) held by the class's namespace and holding their functions.
 *
 * A class statement makes these types' method descriptors and names its attributes (the app's
 * setup does); what the protocol does on a lookup, and the wrappers' constructors, load with the
 * library (descriptorCalls.ts, lateCore.ts): each call here goes there.
 */
import {
  PyInstance,
  PyObject,
  PyWrapperObject,
  type PyDict,
  type PyFunction,
  type PyType,
  type WrapperKind,
} from '../engine';
import type { Kw } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { lateCore, lateMethod } from './lateCore';
import { registerTypeMethods } from './methods';
import { lookupTypeAttr } from './typeAttr';

type MethodFn = (interp: Interpreter, args: PyObject[], kw: Kw) => PyObject;

export function line(interp: Interpreter): number {
  return interp.frame?.lineno ?? 0;
}

export function newWrapper(interp: Interpreter, kind: WrapperKind): PyWrapperObject {
  const h = interp.heap;
  return h.track(new PyWrapperObject(h.allocAddress(0x30), h.lazyType(kind), kind));
}

/** Stores an owned reference to `v` in the field (None stays NULL where C's init says so). */
export function setField(interp: Interpreter, o: PyWrapperObject, name: string, v: PyObject): void {
  interp.heap.incref(v, o, name);
  const old = o.swap(name, v);
  if (old) interp.heap.decref(old, o, name);
}

/**
 * The staticmethod type_new wraps a class body's `__new__` function in (PyStaticMethod_New: no
 * __dict__ is made, unlike a call of staticmethod).
 */
export function implicitStaticMethod(interp: Interpreter, f: PyFunction): PyWrapperObject {
  return lateCore(interp).descriptors.implicitStaticMethod(interp, f);
}

/**
 * The classmethod type_new wraps a class body's `__init_subclass__` and `__class_getitem__`
 * functions in (PyClassMethod_New: no __dict__).
 */
export function implicitClassMethod(interp: Interpreter, f: PyFunction): PyWrapperObject {
  return lateCore(interp).descriptors.implicitClassMethod(interp, f);
}

/** A wrapper's field as a read-only attribute: None for NULL. */
function fieldGetter(field: string): MethodFn {
  return (interp, args) => {
    const v = (args[0] as PyWrapperObject).field(field) ?? interp.heap.None;
    interp.heap.incref(v);
    return v;
  };
}

/** Attributes Heapscope does not model on these objects, refused by name when read. */
function refusedAttribute(kind: string, name: string): MethodFn {
  return (interp) => {
    throw new NotSupported(`the attribute '${kind}.${name}'`, line(interp));
  };
}

/** The three types, bound in builtins by the caller. */
export function wrapperTypes(interp: Interpreter): PyType[] {
  const h = interp.heap;
  const property = h.lazyType('property');
  registerTypeMethods(
    interp,
    property,
    {
      __new__: lateMethod((late) => late.descriptors.propertyNew),
      getter: lateMethod((late) => late.descriptors.propertyGetter),
      setter: lateMethod((late) => late.descriptors.propertySetter),
      deleter: lateMethod((late) => late.descriptors.propertyDeleter),
      fget: fieldGetter('fget'),
      fset: fieldGetter('fset'),
      fdel: fieldGetter('fdel'),
      __doc__: refusedAttribute('property', '__doc__'),
      __isabstractmethod__: refusedAttribute('property', '__isabstractmethod__'),
    },
    ['fget', 'fset', 'fdel', '__doc__', '__isabstractmethod__'],
  );
  const out = [property];
  for (const kind of ['staticmethod', 'classmethod'] as const) {
    const t = h.lazyType(kind);
    registerTypeMethods(
      interp,
      t,
      {
        __new__: lateMethod((late) => late.descriptors[`${kind}New`]),
        __func__: fieldGetter('__func__'),
        __wrapped__: fieldGetter('__func__'),
        __dict__: refusedAttribute(kind, '__dict__'),
        __doc__: refusedAttribute(kind, '__doc__'),
        __name__: refusedAttribute(kind, '__name__'),
        __qualname__: refusedAttribute(kind, '__qualname__'),
        __module__: refusedAttribute(kind, '__module__'),
        __isabstractmethod__: refusedAttribute(kind, '__isabstractmethod__'),
      },
      [
        '__func__',
        '__wrapped__',
        '__dict__',
        '__doc__',
        '__name__',
        '__qualname__',
        '__module__',
        '__isabstractmethod__',
      ],
    );
    out.push(t);
  }
  return out;
}

// ---- the protocol ----

/** A user class's descriptor method (`__get__`, `__set__`, `__delete__`) on `v`'s type. */
export function userSlot(v: PyObject, name: string): PyObject | null {
  return v instanceof PyInstance && v.type.isHeapType ? lookupTypeAttr(v.type, name) : null;
}

/** Is this class attribute a data descriptor (it wins over an instance's own attribute)? */
export function isDataDescriptor(v: PyObject): boolean {
  if (v instanceof PyWrapperObject) return v.kind === 'property' || v.kind === 'tuplegetter';
  return userSlot(v, '__set__') !== null || userSlot(v, '__delete__') !== null;
}

/** Does this class attribute have a __get__ the lookup must call (tp_descr_get)? */
export function hasDescriptorGet(v: PyObject): boolean {
  return v instanceof PyWrapperObject || userSlot(v, '__get__') !== null;
}

/**
 * tp_descr_get of a class attribute: `obj` is the instance (null when read from the class
 * `owner` itself). Returns a new reference (descriptorCalls.ts).
 */
export function descriptorGet(
  interp: Interpreter,
  d: PyObject,
  obj: PyObject | null,
  owner: PyType,
): PyObject {
  return lateCore(interp).descriptors.get(interp, d, obj, owner);
}

/** PyMethod_New(f, self) (descriptorCalls.ts). */
export function boundMethod(interp: Interpreter, f: PyObject, self: PyObject): PyObject {
  return lateCore(interp).descriptors.boundMethod(interp, f, self);
}

/**
 * tp_descr_set of a data descriptor found on the instance's class: `value` null deletes.
 * Returns false when `d` is not a data descriptor (the caller stores in the instance).
 */
export function descriptorSet(
  interp: Interpreter,
  d: PyObject,
  obj: PyObject,
  value: PyObject | null,
): boolean {
  if (!isDataDescriptor(d)) return false;
  return lateCore(interp).descriptors.set(interp, d, obj, value);
}

/**
 * set_names (type_new): each attribute of the new class whose type has `__set_name__` is told
 * its owner and name, in the namespace's order (a property records its name).
 */
export function setNames(interp: Interpreter, t: PyType, ns: PyDict): void {
  const h = interp.heap;
  for (const e of ns.liveEntries()) {
    const v = e.value;
    if (v instanceof PyWrapperObject && v.kind === 'property') {
      setField(interp, v, 'prop_name', e.key);
      continue;
    }
    const setName = userSlot(v, '__set_name__');
    if (setName) h.decref(interp.callWith(setName, [v, t, e.key], null, interp.frame));
  }
}
