/**
 * `super()`: zero-argument through the `__class__` cell a class body makes for methods that use
 * `super` (and the method's first argument), or `super(C, obj)`. A super object is a GC object
 * holding obj, the class and obj's type (3.11 makes one for each `super().m()`); reading an
 * attribute through it searches obj's MRO after the class, binding what it finds to obj.
 */
import {
  PyCell,
  PyFunction,
  PyType,
  PyWrapperObject,
  type PyBuiltin,
  type PyObject,
} from '../engine';
import type { BuiltinImpl, Kw } from './builtins';
import { libraryOf } from './library';
import { boundMethod, descriptorGet, hasDescriptorGet } from './descriptors';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { registerTypeMethods, typeMethods } from './methods';
import { lookupTypeAttr } from './typeAttr';
import { objectNew } from './objectNew';

function line(interp: Interpreter): number {
  return interp.frame?.lineno ?? 0;
}

/** super_init_without_args: the `__class__` cell and the frame's first argument. */
function zeroArgs(interp: Interpreter): [PyObject, PyObject] {
  const frame = interp.frame;
  const code = frame?.code;
  const argCount = code ? (code.signature?.argCount ?? code.paramCount) : 0;
  if (!frame || !code || code.kind !== 'function' || argCount === 0)
    return interp.raise('RuntimeError', 'super(): no arguments');
  let first = frame.fast[0] ?? null;
  if (first instanceof PyCell && code.cellSlots?.includes(0)) first = first.contents;
  if (!first) return interp.raise('RuntimeError', 'super(): arg[0] deleted');
  const at = code.localNames.indexOf('__class__', code.freeStart ?? code.localNames.length);
  const cell = at >= 0 ? frame.fast[at] : null;
  if (!(cell instanceof PyCell))
    return interp.raise('RuntimeError', 'super(): __class__ cell not found');
  if (!cell.contents) return interp.raise('RuntimeError', 'super(): empty __class__ cell');
  if (!(cell.contents instanceof PyType))
    return interp.raise(
      'RuntimeError',
      `super(): __class__ is not a type (${cell.contents.type.name})`,
    );
  return [cell.contents, first];
}

/** super(type, obj) / super(). */
export function superNew(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  const h = interp.heap;
  if (kw && kw.length) interp.raise('TypeError', 'super() takes no keyword arguments');
  if (args.length > 2)
    interp.raise('TypeError', `super() takes at most 2 arguments (${args.length} given)`);
  if (args.length === 1)
    throw new NotSupported('super() with one argument (an unbound super object)', line(interp));
  const [type, obj] = args.length === 0 ? zeroArgs(interp) : [args[0]!, args[1]!];
  if (!(type instanceof PyType))
    interp.raise('TypeError', `super() argument 1 must be a type, not ${type.type.name}`);
  // supercheck: obj is a subclass of type (a classmethod's cls), or an instance of one.
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtypeOf(type)) objType = obj;
  else if (obj.type.isSubtypeOf(type)) objType = obj.type;
  else
    return interp.raise(
      'TypeError',
      'super(type, obj): obj must be an instance or subtype of type',
    );
  const s = h.track(new PyWrapperObject(h.allocAddress(0x40), h.lazyType('super'), 'super'));
  for (const [field, v] of [
    ['__self__', obj],
    ['__thisclass__', type],
    ['__self_class__', objType],
  ] as const) {
    h.incref(v, s, field);
    s.swap(field, v);
  }
  return s;
}

/** The `super` type, bound in builtins by the caller. */
export function superType(interp: Interpreter): PyType {
  const t = interp.heap.lazyType('super');
  registerTypeMethods(interp, t, { __new__: superNew });
  return t;
}

/** object_init: extra arguments are an error unless the class overrides __new__ only. */
const objectInit: BuiltinImpl = {
  name: '__init__',
  isMethod: true,
  call(interp, args, kw) {
    const self = args[0]!;
    if (args.length > 1 || (kw && kw.length)) {
      if (lookupTypeAttr(self.type, '__init__'))
        interp.raise(
          'TypeError',
          'object.__init__() takes exactly one argument (the instance to initialize)',
        );
      if (!lookupTypeAttr(self.type, '__new__'))
        interp.raise('TypeError', `${self.type.name}() takes no arguments`);
    }
    return interp.heap.none();
  },
};

/** object.__init_subclass__: does nothing, and takes no keyword arguments. */
const objectInitSubclass: BuiltinImpl = {
  name: '__init_subclass__',
  isMethod: true,
  call(interp, args, kw) {
    const cls = args[0] as PyType;
    if (kw && kw.length)
      interp.raise('TypeError', `${cls.name}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 1)
      interp.raise(
        'TypeError',
        `${cls.name}.__init_subclass__() takes no arguments (${args.length - 1} given)`,
      );
    return interp.heap.none();
  },
};

/**
 * type_new_init_subclass, when a base defines `__init_subclass__` (classCreation.ts looks): `super(t, t)` is made, its
 * `__init_subclass__` read (the super object released), then called with no arguments (class
 * keywords are refused).
 */
export function initSubclass(interp: Interpreter, t: PyType): void {
  const h = interp.heap;
  const s = superNew(interp, [t, t], null) as PyWrapperObject;
  let fn: PyObject;
  try {
    fn = superGetAttr(interp, s, '__init_subclass__');
  } finally {
    h.decref(s);
  }
  try {
    h.decref(interp.callWith(fn, [], null, interp.frame));
  } finally {
    h.decref(fn);
  }
}

/** What a built-in class in the MRO gives for `name` through super, or null. */
function builtinMember(
  interp: Interpreter,
  c: PyType,
  name: string,
  inst: PyObject | null,
  start: PyType,
): PyObject | null {
  const h = interp.heap;
  if (c === h.types.object) {
    // A classmethod of object: bound to the class the search started from.
    if (name === '__init_subclass__') return h.newBuiltin(name, objectInitSubclass, start);
    if (name === '__new__') {
      const b = objectNew(interp);
      h.incref(b);
      return b;
    }
    if (name === '__init__') {
      if (!inst) throw new NotSupported('object.__init__ through super() of a class', line(interp));
      return h.newBuiltin('__init__', objectInit, inst);
    }
  } else {
    const m: PyBuiltin | undefined = typeMethods(interp, c).get(name);
    if (m && name !== '__new__') {
      if (!inst) {
        h.incref(m);
        return m;
      }
      return interp.bind(m, inst);
    }
  }
  if (libraryOf(interp).cpythonTypeAttributes[c.name]?.has(name))
    throw new NotSupported(`the attribute '${c.name}.${name}'`, line(interp));
  return null;
}

/** super_getattro. Returns a new reference. */
export function superGetAttr(interp: Interpreter, s: PyWrapperObject, name: string): PyObject {
  const h = interp.heap;
  const obj = s.field('__self__')!;
  const type = s.field('__thisclass__') as PyType;
  const start = s.field('__self_class__') as PyType;
  if (name === '__self__' || name === '__thisclass__' || name === '__self_class__') {
    const v = s.field(name)!;
    h.incref(v);
    return v;
  }
  if (name === '__class__') {
    h.incref(s.type);
    return s.type;
  }
  const mro = start.mro();
  const inst = obj === start ? null : obj;
  for (let i = mro.indexOf(type) + 1; i > 0 && i < mro.length; i++) {
    const c = mro[i]!;
    if (!c.isHeapType) {
      const v = builtinMember(interp, c, name, inst, start);
      if (v) return v;
      continue;
    }
    const v = c.attrs.get(name);
    if (!v) continue;
    if (v instanceof PyFunction) {
      if (inst) return boundMethod(interp, v, inst);
      h.incref(v);
      return v;
    }
    if (hasDescriptorGet(v)) return descriptorGet(interp, v, inst, start);
    h.incref(v);
    return v;
  }
  if (libraryOf(interp).cpythonTypeAttributes.super?.has(name))
    throw new NotSupported(`the attribute 'super.${name}'`, line(interp));
  return interp.raise('AttributeError', `'super' object has no attribute '${name}'`);
}
