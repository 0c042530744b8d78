/**
 * The built-ins that look at namespaces: globals(), locals(), vars() and dir(), as CPython 3.11
 * runs them.
 * - globals(): the running frame's globals dict itself.
 * - locals(): at module level the globals dict, in a class body its namespace, in a function the
 *   frame's snapshot dict (made at the first call, refreshed at each one and kept by the frame
 *   until it exits: it holds a reference to each local; see frameObjects.ts localsSnapshot).
 * - vars(): locals(); vars(obj): obj.__dict__, else "vars() argument must have __dict__ attribute".
 * - dir(): sorted names of locals(); dir(obj) for a module (its dict's keys), an instance or class
 *   defined in Python whose built-in base is object or an exception, and the built-in types whose
 *   attributes CPython lists (cpythonTypeAttributes.ts). Anything else is refused by name.
 */
import { PyDict, PyInstance, PyModule, PyStr, PyType, type PyObject } from '../engine';
import type { BuiltinImpl } from './builtins';
import { CPYTHON_TYPE_ATTRIBUTES } from './cpythonTypeAttributes';
import { NotSupported, PyError } from './errors';
import { localsSnapshot } from './frameObjectAttrs';
import type { Interpreter } from './interpreter';
import { addedDescriptors } from './classNamespace';
import { noKeywords } from './argumentChecks';

/** Built-in exceptions whose dir() adds attributes of their own to BaseException's. */
const EXCEPTIONS_WITH_OWN_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  NameError: ['name'],
  UnboundLocalError: ['name'],
  AttributeError: ['name', 'obj'],
  StopIteration: ['value'],
  SystemExit: ['code'],
};

function noArguments(interp: Interpreter, name: string, args: PyObject[]): void {
  if (args.length) interp.raise('TypeError', `${name}() takes no arguments (${args.length} given)`);
}

function atMostOne(interp: Interpreter, name: string, args: PyObject[]): void {
  if (args.length > 1)
    interp.raise('TypeError', `${name} expected at most 1 argument, got ${args.length}`);
}

/** PyEval_GetLocals (borrowed): the current frame's locals mapping. */
function currentLocals(interp: Interpreter, what: string): PyDict {
  const f = interp.frame!;
  if (f.code.kind === 'function') return localsSnapshot(interp, f);
  // A class body's namespace lacks the __module__ and __qualname__ CPython starts it with.
  if (f.code.kind === 'class') throw new NotSupported(`${what}() in a class body`, line(interp));
  return f.globals;
}

function newRef<T extends PyObject>(interp: Interpreter, o: T): T {
  interp.heap.incref(o);
  return o;
}

function line(interp: Interpreter): number {
  return interp.frame?.lineno ?? 0;
}

/** A sorted list of str. */
function nameList(interp: Interpreter, names: Iterable<string>): PyObject {
  const h = interp.heap;
  // sorted() of str compares code points, as JavaScript's default sort compares UTF-16 units:
  // the same order for the identifiers namespaces hold.
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return h.newList(sorted.map((n) => h.newStr(n, true)));
}

function dictNames(d: PyDict): string[] {
  const out: string[] = [];
  for (const e of d.liveEntries()) {
    if (!(e.key instanceof PyStr)) return [];
    out.push(e.key.value);
  }
  return out;
}

/** The names dir() merges for a class defined in Python (type's __dir__: its MRO's dicts). */
function classNames(interp: Interpreter, t: PyType, what: string): Set<string> {
  const names = new Set<string>();
  let builtin: PyType | null = t;
  for (; builtin && builtin.isHeapType; builtin = builtin.base) {
    for (const k of builtin.attrs.keys()) names.add(k);
    // type_new puts __module__ and __doc__ in every class's dict, __slots__ when declared, and
    // the descriptors of the __dict__ / __weakref__ it adds.
    names.add('__module__');
    names.add('__doc__');
    for (const d of addedDescriptors(builtin)) names.add(d);
  }
  names.delete('__qualname__');
  const base = builtin!;
  const baseException = interp.exceptions.get('BaseException')!;
  let builtinNames: ReadonlySet<string> | undefined;
  if (base === interp.heap.types.object) builtinNames = CPYTHON_TYPE_ATTRIBUTES.object;
  else if (base.isSubtypeOf(baseException)) {
    builtinNames = CPYTHON_TYPE_ATTRIBUTES.BaseException;
    for (const n of EXCEPTIONS_WITH_OWN_ATTRIBUTES[base.name] ?? []) names.add(n);
  }
  if (!builtinNames) throw new NotSupported(what, line(interp));
  for (const n of builtinNames) names.add(n);
  return names;
}

/** dir(obj): the names CPython's __dir__ lists, or a refusal naming what it cannot list. */
function dirOf(interp: Interpreter, o: PyObject): PyObject {
  const what = `dir() of a '${o.type.name}' object`;
  if (o instanceof PyModule) return nameList(interp, dictNames(o.dict));
  if (o instanceof PyType) {
    if (o.isHeapType) return nameList(interp, classNames(interp, o, what));
    const own = CPYTHON_TYPE_ATTRIBUTES[o.name];
    if (!own) throw new NotSupported(`dir() of the built-in type '${o.name}'`, line(interp));
    return nameList(interp, own);
  }
  if (o instanceof PyInstance && o.type.isHeapType) {
    const names = classNames(interp, o.type, what);
    if (o.dict) for (const n of dictNames(o.dict)) names.add(n);
    else for (const [n] of o.attributes()) names.add(n);
    return nameList(interp, names);
  }
  if (o instanceof PyInstance && o.type.isSubtypeOf(interp.exceptions.get('BaseException')!)) {
    const names = new Set(CPYTHON_TYPE_ATTRIBUTES.BaseException);
    for (const n of EXCEPTIONS_WITH_OWN_ATTRIBUTES[o.type.name] ?? []) names.add(n);
    return nameList(interp, names);
  }
  const own = o.type.isHeapType ? undefined : CPYTHON_TYPE_ATTRIBUTES[o.type.name];
  if (!own) throw new NotSupported(what, line(interp));
  return nameList(interp, own);
}

export const INTROSPECTION_FUNCTIONS: BuiltinImpl[] = [
  {
    name: 'globals',
    call(interp, args, kw) {
      noKeywords(interp, 'globals', kw);
      noArguments(interp, 'globals', args);
      return newRef(interp, interp.frame!.globals);
    },
  },
  {
    name: 'locals',
    call(interp, args, kw) {
      noKeywords(interp, 'locals', kw);
      noArguments(interp, 'locals', args);
      return newRef(interp, currentLocals(interp, 'locals'));
    },
  },
  {
    name: 'vars',
    call(interp, args, kw) {
      noKeywords(interp, 'vars', kw);
      atMostOne(interp, 'vars', args);
      if (args.length === 0) return newRef(interp, currentLocals(interp, 'vars'));
      const o = args[0]!;
      try {
        return interp.getAttr(o, '__dict__');
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        if (!e.exc.type.isSubtypeOf(interp.exceptions.get('AttributeError')!)) throw e;
        interp.releaseError(e);
        return interp.raise('TypeError', 'vars() argument must have __dict__ attribute');
      }
    },
  },
  {
    name: 'dir',
    call(interp, args, kw) {
      noKeywords(interp, 'dir', kw);
      atMostOne(interp, 'dir', args);
      if (args.length === 0) return nameList(interp, dictNames(currentLocals(interp, 'dir')));
      return dirOf(interp, args[0]!);
    },
  },
];
