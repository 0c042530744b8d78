/**
 * Methods of the built-in types (list, dict, set, str) and their constructors (`__new__`), as
 * static method descriptors; and attribute lookup along a class's bases. Every method borrows its
 * arguments (args[0] is self) and returns a new reference. The core's methods are made here from
 * their names, and their bodies (coreMethods.ts) load with the library (lateCore.ts): the app's
 * setup makes some of these descriptors and calls none.
 */
import {
  PyBool,
  PyInstance,
  PyInt,
  PyIterator,
  PyIterObject,
  type PyBuiltin,
  type PyList,
  type PyObject,
  type PySet,
  type PyType,
} from '../engine';
import { knownLength } from './allocation';
import type { BuiltinImpl, Kw } from './builtins';
import type { Interpreter } from './interpreter';
import { iterObjectLengthHint } from './iterObjects';
import { lateCore, lateMethod } from './lateCore';
import { NotSupported } from './errors';
import { lookupTypeAttr } from './typeAttr';

type MethodFn = (interp: Interpreter, args: PyObject[], kw: Kw) => PyObject;

/** The method descriptors of a built-in type (inherited ones included), created once. */
export function typeMethods(interp: Interpreter, t: PyType): Map<string, PyBuiltin> {
  const perInterp = interp.methodCache;
  let methods = perInterp.get(t);
  if (methods) return methods;
  methods = new Map();
  perInterp.set(t, methods);
  addMethods(interp, t, methods, (c) => [TABLES[c.name], interp.library?.methods[c.name]]);
  return methods;
}

/**
 * The library's methods, once it is attached, join the descriptors already made (a type's table
 * made later includes them by itself).
 */
export function addLibraryMethods(interp: Interpreter): void {
  const library = interp.library!;
  for (const [t, methods] of interp.methodCache)
    addMethods(interp, t, methods, (c) => [library.methods[c.name]]);
}

/** Descriptors for the methods of `t` and its built-in bases that `methods` lacks. */
function addMethods(
  interp: Interpreter,
  t: PyType,
  methods: Map<string, PyBuiltin>,
  tablesOf: (c: PyType) => readonly (Readonly<Record<string, MethodFn>> | undefined)[],
): void {
  for (let c: PyType | null = t; c; c = c.base) {
    if (c.isHeapType) continue;
    for (const table of tablesOf(c)) {
      for (const [name, fn] of Object.entries(table ?? {})) {
        if (methods.has(name)) continue;
        methods.set(name, methodDescriptor(interp, c, name, fn));
      }
    }
  }
}

/** Marks a table's function as a read-only attribute (int.real): called on access. */
export function getter(fn: MethodFn): MethodFn {
  return Object.assign(fn, { getter: true });
}

/** Marks a table's method as a class method (dict.fromkeys): not bound, self not checked. */
export function classMethod(fn: MethodFn): MethodFn {
  return Object.assign(fn, { unbound: true });
}

function methodDescriptor(interp: Interpreter, c: PyType, name: string, fn: MethodFn): PyBuiltin {
  const unbound = name === '__new__' || 'unbound' in fn;
  const impl: BuiltinImpl = {
    name,
    isMethod: !unbound,
    isProperty: 'getter' in fn,
    readOnly: 'getter' in fn,
    // Types without vectorcall in 3.11 (str, int) are called with their arguments in a tuple.
    packsArgs:
      (name === '__new__' && (c.name === 'str' || c.name === 'int')) ||
      (c.name === 'str' && name === 'format'),
    quickenedSkipsTuple: name === '__new__' && c.name === 'str',
    // Types with vectorcall are called without _PyObject_MakeTpCall's level.
    noRecursionLevel: name === '__new__' && VECTORCALL_TYPES.has(c.name),
    warmArgs:
      name === '__new__' && c.name === 'str' ? 1 : c.name === 'list' && name === 'append' ? 2 : -1,
    call: unbound ? fn : checkingSelf(c, name, fn),
  };
  const b = interp.heap.newBuiltin(name, impl);
  b.interned = true;
  return b;
}

/** A method descriptor called unbound (`str.upper(x)`) checks its self as CPython's does. */
function checkingSelf(t: PyType, name: string, fn: MethodFn): MethodFn {
  return (interp, args, kw) => {
    const self = args[0];
    if (!self) interp.raise('TypeError', `unbound method ${t.name}.${name}() needs an argument`);
    if (!self.type.isSubtypeOf(t))
      interp.raise(
        'TypeError',
        `descriptor '${name}' for '${t.name}' objects doesn't apply to a '${self.type.name}' object`,
      );
    return fn(interp, args, kw);
  };
}

/** The built-in types that have vectorcall in 3.11 (their calls take no recursion level). */
const VECTORCALL_TYPES = new Set(['list', 'tuple', 'dict', 'set', 'range', 'bool', 'float']);

/** Gives a built-in type of a module (weakref's types) its methods and constructor. */
export function registerTypeMethods(
  interp: Interpreter,
  t: PyType,
  table: Record<string, MethodFn>,
  properties: readonly string[] = [],
  signatures: Readonly<Record<string, readonly string[]>> = {},
  setters: Readonly<Record<string, NonNullable<BuiltinImpl['setProperty']>>> = {},
): void {
  const methods = typeMethods(interp, t);
  for (const [name, fn] of Object.entries(table)) {
    const impl: BuiltinImpl = {
      name,
      qualname: `${t.name}.${name}`,
      isMethod: name !== '__new__',
      isProperty: properties.includes(name),
      setProperty: setters[name],
      params: signatures[name],
      call: fn,
    };
    const b = interp.heap.newBuiltin(name, impl);
    b.interned = true;
    methods.set(name, b);
  }
}

/** A special method (`__len__`, `__getitem__`, ...) of a built-in type, if it has one. */
export function builtinSpecial(
  interp: Interpreter,
  t: PyType,
  name: string,
): PyBuiltin | undefined {
  return t.isHeapType ? undefined : typeMethods(interp, t).get(name);
}

export type { MethodFn };

export function asIndex(interp: Interpreter, o: PyObject, what = 'list indices'): number {
  if (o instanceof PyInt) return Number(o.value);
  if (o instanceof PyBool) return o.value ? 1 : 0;
  refuseUserIndex(interp, o, what);
  return interp.raise('TypeError', `${what} must be integers or slices, not ${o.type.name}`);
}

/** An instance whose class defines __index__, used as an index: CPython calls it; refused here. */
export function refuseUserIndex(interp: Interpreter, o: PyObject, what: string): void {
  if (o instanceof PyInstance && lookupTypeAttr(o.type, '__index__'))
    throw new NotSupported(`${what} from __index__`, interp.frame?.lineno ?? 0);
}

/** PyObject_LengthHint: len(x), an iterator's remaining items, or -1. */
export function lengthHint(x: PyObject): number {
  const n = knownLength(x);
  if (n >= 0) return n;
  if (x instanceof PyIterObject) return iterObjectLengthHint(x);
  if (x instanceof PyIterator && x.seq && !x.produce) {
    const total = knownLength(x.seq);
    if (total >= 0) return Math.max(0, total - x.index);
  }
  return -1;
}

/** list.extend(x), `l += x` (list_extend; coreMethods.ts). */
export function listExtend(interp: Interpreter, l: PyList, x: PyObject): void {
  lateCore(interp).listExtend(interp, l, x);
}

/** l *= n (list_inplace_repeat; coreMethods.ts). */
export function listInplaceRepeat(interp: Interpreter, l: PyList, n: number): void {
  lateCore(interp).listInplaceRepeat(interp, l, n);
}

export function setAdd(interp: Interpreter, s: PySet, v: PyObject): void {
  interp.hashGuard(() => interp.heap.setAdd(s, v));
}

/**
 * The core's methods of the built-in types, by type: their names, in the order their descriptors
 * are made. The app's setup makes some of these descriptors (str's, object's) and calls none, so
 * their bodies load with the library (coreMethods.ts): each descriptor calls its body there.
 */
const TABLES: Record<string, Record<string, MethodFn>> = forwardedTables({
  BaseException: ['__init__'],
  list: ['append', 'extend', 'insert', 'pop', 'remove', 'clear', 'index', 'count', '__new__'],
  tuple: ['index', 'count', '__new__'],
  dict: [
    'get',
    'pop',
    'setdefault',
    'keys',
    'values',
    'items',
    'clear',
    'update',
    'copy',
    '__new__',
  ],
  set: ['add', 'discard', 'remove', 'clear'],
  str: ['join', '__new__'],
  int: ['__new__'],
  float: ['__new__'],
  bool: ['__new__'],
  range: ['__new__'],
  object: ['__new__'],
});

/** The core's method names, by type, in order (coreMethods.ts has a body for each). */
export const CORE_METHOD_NAMES: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(TABLES).map(([t, table]) => [t, Object.keys(table)])),
);

function forwardedTables(
  names: Record<string, readonly string[]>,
): Record<string, Record<string, MethodFn>> {
  const tables: Record<string, Record<string, MethodFn>> = {};
  for (const [typeName, methods] of Object.entries(names)) {
    const table: Record<string, MethodFn> = {};
    for (const name of methods) table[name] = lateMethod((late) => late.methods[typeName]![name]!);
    tables[typeName] = table;
  }
  return tables;
}
