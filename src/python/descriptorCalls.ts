/**
 * What the descriptor protocol does (descriptors.ts) once a program looks an attribute up, and
 * the constructors of `property`, `staticmethod` and `classmethod`. This loads with the library
 * (lateCore.ts): the app's setup makes classes but looks nothing up through a descriptor.
 */
import { PyFunction, PyMethod, PyObject, PyStr, PyType, PyWrapperObject } from '../engine';
import { line, newWrapper, setField, userSlot } from './descriptors';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { typeMethods, type MethodFn } from './methods';

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

/** tp_descr_set of a data descriptor `d` found on the instance's class: `value` null deletes. */
export function descriptorSet(
  interp: Interpreter,
  d: PyObject,
  obj: PyObject,
  value: PyObject | null,
): boolean {
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

/** The constructors and copiers of the wrappers: their types' methods (descriptors.ts). */
export const DESCRIPTOR_METHODS = {
  propertyNew,
  propertyGetter: propertyCopy('fget'),
  propertySetter: propertyCopy('fset'),
  propertyDeleter: propertyCopy('fdel'),
  staticmethodNew: wrapperNew('staticmethod'),
  classmethodNew: wrapperNew('classmethod'),
} satisfies Record<string, MethodFn>;
