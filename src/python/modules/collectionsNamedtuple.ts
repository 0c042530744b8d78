/**
 * collections.namedtuple as CPython 3.11 makes it: the function is CPython's own Python
 * (collectionsNamedtupleSource.ts), run by Heapscope, so a named tuple class is made of the same
 * objects as python3's (closures, cells, the `__new__` lambda compiled in its own globals dict,
 * `_tuplegetter` descriptors, the class namespace) and its errors come from the same lines.
 * This file gives that source the C parts it calls:
 * - `_tuplegetter(index, doc)` (Modules/_collectionsmodule.c), the field descriptor;
 * - `tuple.__new__` as a tuple subclass calls it (tuple_subtype_new: a new object of the class,
 *   always tracked, holding its class);
 * - type_new of `(tuple,)` and the namespace, and the lambda's eval;
 * - `sys.intern`, `str.isidentifier`, `keyword.iskeyword`, `sys._getframe(1)`'s module name,
 *   setting a function's `__defaults__`.
 * A named tuple's instances are PyTuples whose type is the (heap) class. A subclass defined by a
 * class statement must keep `__slots__ = ()` (an instance `__dict__` on a tuple is not modelled)
 * and may add methods and properties; special methods it (or a class it mixes in) defines beyond
 * `__repr__`, `__str__`, `__init__` and `__new__` are refused (tuple's own would be used).
 */
import {
  PyDict,
  PyFunction,
  PyInt,
  PyStr,
  PyTuple,
  PyType,
  PyWrapperObject,
  traverse,
  tupleSize,
  type PyObject,
} from '../../engine';
import type { BuiltinImpl } from '../builtins';
import { classDictValue, classReady } from '../classCreation';
import {
  addedDescriptors,
  attachClassNamespace,
  finishClassNamespace,
  newClassNamespace,
  storeClassAttr,
} from '../classNamespace';
import { NotSupported } from '../errors';
import { invalidIdentifierIndex } from '../identifiers';
import type { CodeUnit } from '../frame';
import type { Interpreter } from '../interpreter';
import { getIter, iterNext } from '../iteration';
import { KEYWORDS } from '../keywords';
import { registerTypeMethods } from '../methods';
import { readSlots, setLayout } from '../slots';
import { NAMEDTUPLE_LINES } from './collectionsNamedtupleSource';
import { moduleFunction } from './moduleObject';
import { programLine } from './programLine';
import { PyTupleGetter } from './tupleGetterObject';
import { staticType } from './weakrefObjects';

/** The file tracebacks name for namedtuple's frames (compared by file name, as installs differ). */
export const COLLECTIONS_FILE = '/usr/lib/python3.11/collections/__init__.py';

/** The source with each line where CPython's file has it. */
function source(): string {
  const out: string[] = [];
  for (const [line, text] of NAMEDTUPLE_LINES) {
    while (out.length < line - 1) out.push('');
    out.push(text);
  }
  return out.join('\n') + '\n';
}

/** The program's line being run (not a library frame's). */
function line(interp: Interpreter): number {
  return programLine(interp);
}

function strArg(interp: Interpreter, o: PyObject | undefined): string {
  if (!(o instanceof PyStr)) return interp.raise('TypeError', 'expected a str');
  return o.value;
}

/**
 * `namedtuple`, made once when the library is attached: CPython's source run in a globals dict of
 * its own (named 'collections', so its functions' `__module__` is CPython's), the interpreter's
 * own objects from then on.
 */
export function makeNamedtuple(interp: Interpreter): PyObject | null {
  const h = interp.heap;
  // Python 2.7's namedtuple is a class template run by `exec`: not modelled (refused by name).
  // The 3.12 profile's is refused too: its collections of a named tuple class differ from
  // 3.11's (python3.12 finds 103 objects where 3.11 finds 31) in ways not modelled yet.
  if (h.profile.name !== '3.11') return null;
  const globals = h.newDict(true);
  globals.interned = true;
  const set = (name: string, v: PyObject) => interp.setName(globals, name, v);
  set('__name__', h.newStr('collections', true));
  const getterType = tupleGetterType(interp);
  h.incref(getterType);
  set('_tuplegetter', getterType);
  for (const [name, v] of Object.entries(helpers(interp))) set(name, v);
  const recording = h.recording;
  h.recording = false;
  try {
    interp.execLibrarySource(source(), COLLECTIONS_FILE, globals);
  } finally {
    h.recording = recording;
  }
  // Everything it reaches is the interpreter's own (never freed, drawn as shared).
  const stack: PyObject[] = [globals];
  while (stack.length) {
    const o = stack.pop()!;
    if (o.interned && o !== globals) continue;
    o.interned = true;
    traverse(o, (x) => stack.push(x));
  }
  const fn = h.dictGet(globals, interp.key('namedtuple'))!;
  // Its code's constants (the docstrings and messages of its source) too.
  for (const c of heldConstants(((fn as PyFunction).code as CodeUnit).consts)) stack.push(c);
  while (stack.length) {
    const o = stack.pop()!;
    if (o.interned) continue;
    o.interned = true;
    traverse(o, (x) => stack.push(x));
  }
  h.incref(fn);
  return fn;
}

// ---- _collections._tuplegetter ----

function tupleGetterType(interp: Interpreter): PyType {
  const h = interp.heap;
  const t = staticType(interp, '_tuplegetter', null, '_collections');
  t.cName = '_collections._tuplegetter';
  registerTypeMethods(
    interp,
    t,
    {
      __new__(interp, args) {
        const [index, doc] = args;
        if (args.length !== 2)
          interp.raise('TypeError', `_tuplegetter expected 2 arguments, got ${args.length}`);
        const i = index instanceof PyInt ? Number(index.value) : NaN;
        if (!Number.isSafeInteger(i) || i < 0)
          throw new NotSupported('_tuplegetter with this index', line(interp));
        const g = h.track(new PyTupleGetter(h.allocAddress(0x30), t, i));
        h.incref(doc!, g, '__doc__');
        g.swap('__doc__', doc!);
        return g;
      },
      // tuplegetter_descr_get / tuplegetter_descr_set called by name.
      __get__(interp, args) {
        const g = args[0] as PyTupleGetter;
        const obj = args[1];
        if (args.length < 2 || args.length > 3)
          interp.raise('TypeError', `expected 1 or 2 arguments, got ${args.length - 1}`);
        if (obj === h.None) {
          h.incref(g);
          return g;
        }
        // tuplegetter_descr_get: the instance's item.
        if (!(obj instanceof PyTuple))
          return interp.raise(
            'TypeError',
            `descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${obj!.type.name}' object`,
          );
        const v = obj.items[g.index];
        if (!v) return interp.raise('IndexError', 'tuple index out of range');
        h.incref(v);
        return v;
      },
      // tuplegetter_descr_set: a named tuple's fields are read-only.
      __set__(interp, args) {
        if (args.length !== 3)
          interp.raise('TypeError', `expected 2 arguments, got ${args.length - 1}`);
        return interp.raise('AttributeError', "can't set attribute");
      },
      __delete__(interp, args) {
        if (args.length !== 2)
          interp.raise('TypeError', `expected 1 argument, got ${args.length - 1}`);
        return interp.raise('AttributeError', "can't delete attribute");
      },
      __doc__(_interp, args) {
        const doc = (args[0] as PyWrapperObject).field('__doc__') ?? h.None;
        h.incref(doc);
        return doc;
      },
      // tuplegetter_reduce's repr: `_tuplegetter(0, 'Alias for field number 0')`.
      __repr__(interp, args) {
        const g = args[0] as PyTupleGetter;
        const doc = g.field('__doc__') ?? h.None;
        return h.newStr(`_tuplegetter(${g.index}, ${interp.reprOf(doc)})`);
      },
    },
    ['__doc__'],
  );
  return t;
}

// ---- the helpers namedtuple's source calls ----

function helpers(interp: Interpreter): Record<string, PyObject> {
  const h = interp.heap;
  const keywords = new Set<string>(KEYWORDS);
  return {
    // sys.intern: the names are used as they are (interning changes no count a program sees).
    _intern: moduleFunction(interp, {
      name: 'intern',
      call(interp, args) {
        strArg(interp, args[0]);
        h.incref(args[0]!);
        return args[0]!;
      },
    }),
    _isidentifier: moduleFunction(interp, {
      name: 'isidentifier',
      call(interp, args) {
        const s = strArg(interp, args[0]);
        return h.bool(s !== '' && invalidIdentifierIndex(s) < 0);
      },
    }),
    _iskeyword: moduleFunction(interp, {
      name: '__contains__',
      call(interp, args) {
        const o = args[0]!;
        return h.bool(o instanceof PyStr && keywords.has(o.value));
      },
    }),
    // tuple.__new__: a built-in method bound to tuple, kept in tuple's dict (one object).
    _tuple_new_of_tuple: tupleNewMethod(interp),
    _eval_new: moduleFunction(interp, {
      name: 'eval',
      call(interp, args) {
        return evalNew(interp, strArg(interp, args[0]), args[1] as PyDict);
      },
    }),
    // `__new__.__defaults__ = defaults` (func_set_defaults; `defaults` is a tuple).
    _set_defaults: moduleFunction(interp, {
      name: '__defaults__',
      call(_interp, args) {
        const f = args[0] as PyFunction;
        const old = f.defaults;
        h.incref(args[1]!, f, '__defaults__');
        f.defaults = args[1] as PyTuple;
        if (old) h.decref(old, f, '__defaults__');
        return h.none();
      },
    }),
    // `result.__module__ = module`: the class dict's entry, and the module its repr names.
    _set_module: moduleFunction(interp, {
      name: '__module__',
      call(interp, args) {
        const t = args[0] as PyType;
        interp.setAttr(t, '__module__', args[1]!);
        const m = args[1];
        t.moduleName = m instanceof PyStr && m.value !== '__main__' ? m.value : null;
        return h.none();
      },
    }),
    _tuple_class: moduleFunction(interp, {
      name: 'type',
      call(interp, args) {
        return tupleClass(interp, strArg(interp, args[0]), args[1] as PyDict);
      },
    }),
    // _sys._getframe(1).f_globals.get('__name__', '__main__'): the caller's module name.
    _caller_module: moduleFunction(interp, {
      name: '_getframe',
      call(interp) {
        const caller = interp.frame?.back;
        const name = caller ? h.dictGet(caller.globals, interp.key('__name__')) : undefined;
        const v = name ?? h.newStr('__main__');
        if (name) h.incref(v);
        return v;
      },
    }),
  };
}

/**
 * `tuple.__new__(cls, iterable)` (tuple_new, tuple_subtype_new): an exact tuple as `tuple()`
 * makes it; for a subclass, a new object of the class holding the iterable's items and a
 * reference to its class, tracked from birth (PyType_GenericAlloc).
 */
function tupleNewMethod(interp: Interpreter): PyObject {
  const h = interp.heap;
  const tupleType = h.types.tuple;
  const impl: BuiltinImpl = {
    name: '__new__',
    isMethod: true,
    call(interp, args, kw) {
      const cls = args[1];
      if (!cls) return interp.raise('TypeError', 'tuple.__new__(): not enough arguments');
      if (!(cls instanceof PyType))
        return interp.raise(
          'TypeError',
          `tuple.__new__(X): X is not a type object (${cls.type.name})`,
        );
      if (!cls.isSubtypeOf(tupleType))
        return interp.raise(
          'TypeError',
          `tuple.__new__(${cls.name}): ${cls.name} is not a subtype of tuple`,
        );
      if (kw?.length) throw new NotSupported('tuple.__new__ with keyword arguments', line(interp));
      if (args.length > 3)
        interp.raise('TypeError', `tuple expected at most 1 argument, got ${args.length - 2}`);
      const iterable = args[2];
      if (cls === tupleType) {
        if (!iterable) return h.newTuple([]);
        return interp.callWith(tupleType, [iterable], null, interp.frame);
      }
      refuseSubclass(interp, cls);
      const items = iterable ? tupleItems(interp, iterable) : [];
      const t = h.track(new PyTuple(h.allocAddress(), cls, items), tupleSize(items.length));
      h.incref(cls, t, '__class__');
      items.forEach((v, i) => h.noteMove(v, t, i));
      return t;
    },
  };
  const b = h.newBuiltin('__new__', impl, tupleType);
  b.interned = true;
  // `tuple.__new__` read by a program is this one too: it is in tuple's dict, as in CPython.
  tupleType.attrs.set('__new__', b);
  return b;
}

/** The items of `tuple(iterable)`, as new references (an exact tuple's own items). */
function tupleItems(interp: Interpreter, iterable: PyObject): PyObject[] {
  const h = interp.heap;
  if (iterable instanceof PyTuple && iterable.type === h.types.tuple) {
    for (const v of iterable.items) h.incref(v);
    return iterable.items.slice();
  }
  const items: PyObject[] = [];
  const it = getIter(interp, iterable);
  try {
    for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) items.push(v);
  } catch (e) {
    for (const v of items) h.decref(v);
    throw e;
  } finally {
    h.decref(it);
  }
  return items;
}

/** What a subclass of a named tuple may define: the rest would not be used as CPython uses it. */
const SUBCLASS_SPECIALS = new Set([
  '__module__',
  '__qualname__',
  '__doc__',
  '__slots__',
  '__repr__',
  '__str__',
  '__init__',
  '__new__',
  '__dict__',
  '__weakref__',
  // namedtuple's own namespace.
  '__getnewargs__',
  '__match_args__',
  // copyreg._slotnames caches it (copy.copy).
  '__slotnames__',
]);

/** A class statement's subclass of a named tuple: refused where its instances would differ. */
function refuseSubclass(interp: Interpreter, cls: PyType): void {
  // A class it mixes in without __slots__ gives its instances a __dict__ too.
  if (cls.mro().some((c) => c.isHeapType && c.hasDict))
    throw new NotSupported(
      `a subclass of a named tuple with a __dict__ ('${cls.name}': each class needs __slots__ = ())`,
      line(interp),
    );
  if (cls.hasSlots || cls.hasWeakref)
    throw new NotSupported(`__slots__ other than () in a subclass of a named tuple`, line(interp));
  for (const c of cls.mro()) {
    if (!c.isHeapType) continue;
    for (const name of c.attrs.keys())
      if (name.startsWith('__') && name.endsWith('__') && !SUBCLASS_SPECIALS.has(name))
        throw new NotSupported(`'${name}' in a subclass of a named tuple`, line(interp));
  }
}

/**
 * `eval('lambda _cls, x, y: _tuple_new(_cls, (x, y))', namespace)`: the lambda is compiled with
 * `namespace` as its globals (its file is "<string>"), then `namespace` is as it was.
 */
function evalNew(interp: Interpreter, code: string, namespace: PyDict): PyObject {
  const h = interp.heap;
  const name = '__heapscope_eval__';
  // One field: `lambda _cls, x,: ...`, whose trailing comma Heapscope's parser does not take
  // (the same lambda without it).
  const lambda = code.replace(/^(lambda [^:]*?),\s*:/, '$1:');
  interp.execLibrarySource(`${name} = ${lambda}\n`, '<string>', namespace);
  const key = interp.key(name);
  const fn = h.dictGet(namespace, key)!;
  h.incref(fn);
  h.dictDelete(namespace, key);
  return fn;
}

/**
 * `type(typename, (tuple,), class_namespace)`: type_new of a class whose base is tuple, with
 * the namespace's entries in order (`__new__` made a staticmethod) and `__module__` last, as
 * type_new adds it from the calling frame's globals ('collections'; namedtuple sets it next).
 */
function tupleClass(interp: Interpreter, name: string, ns: PyDict): PyType {
  const h = interp.heap;
  const base = h.types.tuple;
  const at = line(interp);
  const slots = readSlots(interp, ns, base, false, at);
  const t = new PyType(h.allocAddress(0x3a0), name, base, h.types.type, true);
  h.track(t);
  setLayout(t, slots);
  addTypeInternals(interp, t);
  for (const e of ns.liveEntries()) {
    const key = (e.key as PyStr).value;
    storeClassAttr(h, t, key, classDictValue(interp, key, e.value));
  }
  if (!t.attrs.has('__module__')) {
    const module = h.dictGet(interp.frame!.globals, interp.key('__name__'))!;
    h.incref(module);
    storeClassAttr(h, t, '__module__', module);
  }
  finishClassNamespace(h, t);
  classReady(interp, t, ns, at);
  return t;
}

/**
 * The objects type_new makes beside the class (as closures/classes.ts's addTypeInternals): the
 * namespace, the `__mro__` tuple (holding the class) and the `__bases__` tuple `(tuple,)`.
 */
function addTypeInternals(interp: Interpreter, t: PyType): void {
  const h = interp.heap;
  const hold = (o: PyObject) => {
    o.internal = true;
    t.internals.push(o);
  };
  attachClassNamespace(t, newClassNamespace(h, false));
  t.mroIndex = t.internals.length;
  const mro = [...t.mro()];
  for (const c of mro) h.incref(c, t, '__mro__');
  hold(h.newTuple(mro));
  h.incref(t.base!, t, '__bases__');
  hold(h.newTuple([t.base!]));
  if (addedDescriptors(t).length)
    throw new NotSupported('a named tuple class with a __dict__', line(interp));
}

/**
 * The constants a code object and those nested in it hold (constants.ts keeps them private: read
 * here only to mark a library function's as the interpreter's own, keeping the core smaller).
 */
function heldConstants(consts: unknown): PyObject[] {
  const c = consts as { items?: PyObject[]; nested?: unknown[] } | undefined;
  return [...(c?.items ?? []), ...(c?.nested ?? []).flatMap(heldConstants)];
}
