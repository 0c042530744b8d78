/**
 * The descriptor protocol for class attributes: `property` (getter, setter, deleter), the
 * `staticmethod` and `classmethod` wrappers, and a user class's own `__get__`/`__set__`/
 * `__delete__` (a data descriptor wins over the instance's __dict__, a non-data one loses to it,
 * as PyObject_GenericGetAttr decides). The wrapper objects are real heap objects (engine
 * wrapperObjects.ts) held by the class's namespace and holding their functions.
 */
import {
  PyDict,
  PyFunction,
  PyInstance,
  PyMethod,
  PyObject,
  PyStr,
  PyType,
  PyWrapperObject,
  type WrapperKind,
} from '../engine';
import type { Kw } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { registerTypeMethods, typeMethods } from './methods';
import { lookupTypeAttr } from './typeAttr';

type MethodFn = (interp: Interpreter, args: PyObject[], kw: Kw) => PyObject;

function line(interp: Interpreter): number {
  return interp.frame?.lineno ?? 0;
}

function newWrapper(interp: Interpreter, kind: WrapperKind): PyWrapperObject {
  const h = interp.heap;
  return h.track(new PyWrapperObject(h.allocAddress(0x30), h.lazyType(kind), kind));
}

/** Stores an owned reference to `v` in the field (None stays NULL where C's init says so). */
function setField(interp: Interpreter, o: PyWrapperObject, name: string, v: PyObject): void {
  interp.heap.incref(v, o, name);
  const old = o.swap(name, v);
  if (old) interp.heap.decref(old, o, name);
}

/**
 * functools_wraps (3.10+): a static or class method made by a call copies its function's
 * __module__, __name__, __qualname__, __doc__ and __annotations__ (the function's annotations
 * dict, made empty on first read) into its own __dict__, which holds a dict and so is tracked.
 */
function copyFunctionAttributes(interp: Interpreter, w: PyWrapperObject, f: PyFunction): void {
  const h = interp.heap;
  const d = h.newDict();
  const put = (name: string, v: PyObject) => {
    h.dictSet(d, interp.key(name), v);
    h.decref(v);
  };
  const module = h.dictGet(f.globals, interp.key('__name__'));
  if (module) {
    h.incref(module);
    put('__module__', module);
  }
  put('__name__', h.newStr(f.name, true));
  put('__qualname__', h.newStr(f.qualname));
  put('__doc__', h.none());
  put('__annotations__', h.newDict());
  w.swap('__dict__', d);
}

/** staticmethod(f) / classmethod(f): one positional argument, no keywords. */
function wrapperNew(kind: 'staticmethod' | 'classmethod'): MethodFn {
  return (interp, args, kw) => {
    if (kw && kw.length) interp.raise('TypeError', `${kind}() takes no keyword arguments`);
    if (args.length !== 1)
      interp.raise('TypeError', `${kind} expected 1 argument, got ${args.length}`);
    const f = args[0]!;
    // Another callable's copied attributes (a built-in's __doc__, ...) are not modelled.
    if (!(f instanceof PyFunction))
      throw new NotSupported(`${kind}() of a '${f.type.name}' object`, line(interp));
    const w = newWrapper(interp, kind);
    setField(interp, w, '__func__', f);
    copyFunctionAttributes(interp, w, f);
    return w;
  };
}

/**
 * The staticmethod type_new wraps a class body's `__new__` function in (PyStaticMethod_New: no
 * __dict__ is made, unlike a call of staticmethod).
 */
export function implicitStaticMethod(interp: Interpreter, f: PyFunction): PyWrapperObject {
  const w = newWrapper(interp, 'staticmethod');
  setField(interp, w, '__func__', f);
  return w;
}

/**
 * The classmethod type_new wraps a class body's `__init_subclass__` and `__class_getitem__`
 * functions in (PyClassMethod_New: no __dict__).
 */
export function implicitClassMethod(interp: Interpreter, f: PyFunction): PyWrapperObject {
  const w = newWrapper(interp, 'classmethod');
  setField(interp, w, '__func__', f);
  return w;
}

const PROPERTY_PARAMS = ['fget', 'fset', 'fdel', 'doc'] as const;

/** property(fget=None, fset=None, fdel=None, doc=None), as property_init fills it. */
const propertyNew: MethodFn = (interp, args, kw) => {
  if (args.length > 4)
    interp.raise('TypeError', `property() takes at most 4 arguments (${args.length} given)`);
  const given: (PyObject | null)[] = [...args];
  while (given.length < 4) given.push(null);
  for (const [name, v] of kw ?? []) {
    const i = PROPERTY_PARAMS.indexOf(name as (typeof PROPERTY_PARAMS)[number]);
    if (i < 0) interp.raise('TypeError', `'${name}' is an invalid keyword argument for property()`);
    if (given[i])
      interp.raise(
        'TypeError',
        `argument for property() given by name ('${name}') and position (${i + 1})`,
      );
    given[i] = v;
  }
  return makeProperty(interp, given[0]!, given[1]!, given[2]!, given[3]!);
};

function makeProperty(
  interp: Interpreter,
  fget: PyObject | null,
  fset: PyObject | null,
  fdel: PyObject | null,
  doc: PyObject | null,
): PyWrapperObject {
  const h = interp.heap;
  const none = (v: PyObject | null) => (v === h.None ? null : v);
  fget = none(fget);
  fset = none(fset);
  fdel = none(fdel);
  doc = none(doc);
  // The getter's __doc__ (a function's docstring is not modelled: only None is known to hold).
  if (!doc && fget && !(fget instanceof PyFunction))
    throw new NotSupported(`property() with a '${fget.type.name}' getter`, line(interp));
  const p = newWrapper(interp, 'property');
  if (fget) setField(interp, p, 'fget', fget);
  if (fset) setField(interp, p, 'fset', fset);
  if (fdel) setField(interp, p, 'fdel', fdel);
  if (doc) setField(interp, p, '__doc__', doc);
  else if (fget) {
    setField(interp, p, '__doc__', h.None);
    p.getterDoc = true;
  }
  return p;
}

/** property_copy: `.getter`/`.setter`/`.deleter` make a new property with one function replaced. */
function propertyCopy(which: 'fget' | 'fset' | 'fdel'): MethodFn {
  return (interp, args) => {
    const old = args[0] as PyWrapperObject;
    if (args.length !== 2)
      interp.raise(
        'TypeError',
        `property.${which === 'fget' ? 'getter' : which === 'fset' ? 'setter' : 'deleter'}() takes exactly one argument (${args.length - 1} given)`,
      );
    const pick = (f: 'fget' | 'fset' | 'fdel') => (f === which ? args[1]! : old.field(f));
    const get = pick('fget');
    const doc = old.getterDoc && get && get !== interp.heap.None ? null : old.field('__doc__');
    const p = makeProperty(interp, get, pick('fset'), pick('fdel'), doc);
    const name = old.field('prop_name');
    if (name) setField(interp, p, 'prop_name', name);
    return p;
  };
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
      __new__: propertyNew,
      getter: propertyCopy('fget'),
      setter: propertyCopy('fset'),
      deleter: propertyCopy('fdel'),
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
        __new__: wrapperNew(kind),
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
function userSlot(v: PyObject, name: string): PyObject | null {
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

/** The "property 'x' of 'C' object" start of a property's errors. */
function propertyWho(p: PyWrapperObject, obj: PyObject): string {
  const name = p.field('prop_name');
  return name instanceof PyStr
    ? `property '${name.value}' of '${obj.type.name}' object`
    : `property of '${obj.type.name}' object`;
}

/**
 * tp_descr_get of a class attribute: `obj` is the instance (null when read from the class
 * `owner` itself). Returns a new reference.
 */
export function descriptorGet(
  interp: Interpreter,
  d: PyObject,
  obj: PyObject | null,
  owner: PyType,
): PyObject {
  const h = interp.heap;
  if (d instanceof PyWrapperObject) {
    if (d.kind === 'staticmethod') {
      const f = d.field('__func__');
      if (!f) interp.raise('RuntimeError', 'uninitialized staticmethod object');
      h.incref(f);
      return f;
    }
    if (d.kind === 'classmethod') {
      const f = d.field('__func__');
      if (!f) interp.raise('RuntimeError', 'uninitialized classmethod object');
      return boundMethod(interp, f, owner);
    }
    if (!obj || obj === h.None) {
      h.incref(d);
      return d;
    }
    if (d.kind === 'tuplegetter') return tupleGetterSlot(interp, d, '__get__', [obj]);
    const get = d.field('fget');
    if (!get) interp.raise('AttributeError', `${propertyWho(d, obj)} has no getter`);
    return interp.callWith(get, [obj], null, interp.frame);
  }
  const get = userSlot(d, '__get__')!;
  return interp.callWith(get, [d, obj ?? h.None, owner], null, interp.frame);
}

/** A named tuple's field (`_tuplegetter`): its type's method (collectionsNamedtuple.ts). */
function tupleGetterSlot(interp: Interpreter, d: PyObject, name: string, args: PyObject[]) {
  return interp.callWith(typeMethods(interp, d.type).get(name)!, [d, ...args], null, interp.frame);
}

/** PyMethod_New(f, self). */
export function boundMethod(interp: Interpreter, f: PyObject, self: PyObject): PyObject {
  const h = interp.heap;
  const m = h.track(new PyMethod(h.allocAddress(0x30), interp.methodType, f, self));
  h.incref(f, m, '__func__');
  h.incref(self, m, '__self__');
  return m;
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
  const h = interp.heap;
  if (d instanceof PyWrapperObject && d.kind === 'tuplegetter')
    return !!tupleGetterSlot(
      interp,
      d,
      value ? '__set__' : '__delete__',
      value ? [obj, value] : [obj],
    );
  if (d instanceof PyWrapperObject) {
    const f = d.field(value ? 'fset' : 'fdel');
    if (!f)
      interp.raise(
        'AttributeError',
        `${propertyWho(d, obj)} has no ${value ? 'setter' : 'deleter'}`,
      );
    h.decref(interp.callWith(f, value ? [obj, value] : [obj], null, interp.frame));
    return true;
  }
  const slot = userSlot(d, value ? '__set__' : '__delete__');
  if (!slot) interp.raise('AttributeError', value ? '__set__' : '__delete__');
  h.decref(interp.callWith(slot, value ? [d, obj, value] : [d, obj], null, interp.frame));
  return true;
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
