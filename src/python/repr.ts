/**
 * `repr()` and `str()` of every value, as CPython 3.11 prints them. Instances with `__repr__` or
 * `__str__` run Python code (which sees the references CPython's C code holds at that moment).
 */
import { frameOrTracebackRepr } from './frameObjects';
import {
  PyFrameObject,
  formatFloat,
  PyBool,
  PyBuiltin,
  PyDict,
  PyFloat,
  PyFunction,
  PyCell,
  PyInstance,
  PyMemberDescriptor,
  PyWrapperObject,
  PyInt,
  PyList,
  PyMethod,
  PyModule,
  PyNone,
  PyObject,
  PyStr,
  PyTuple,
  PyType,
  strRepr,
  PyWeakref,
  PyRange,
  PyDictView,
  PyIterator,
  PyGenerator,
  orderedEntries,
} from '../engine';
import { proxyTarget } from './modules/weakrefProxy';
import type { Interpreter } from './interpreter';
import { builtinSpecial } from './methods';
import { lookupTypeAttr } from './typeAttr';
import { NotSupported } from './errors';
import { exceptionArgsText } from './exceptions';
import { isSetLike, setItems } from './sets';
import { MAX_STRING_LENGTH } from './allocation';
import { intToDecimal } from './intDigits';
import { C_LEVEL_BYTES } from './stackGuard';

const WHILE_REPR = ' while getting the repr of an object';
/** Modules CPython loads from .py files: `<module 'json' from '/usr/lib/python3.11/...'>`. */
const SOURCE_MODULES = new Set(['json', 'json.decoder', 'pprint', 'collections']);
const WHILE_STR = ' while getting the str of an object';

export function hexAddress(o: PyObject): string {
  return '0x' + o.pyId.toString(16);
}

/** Containers being printed right now: a second visit prints `[...]` (Py_ReprEnter). */
const inProgress = new Set<PyObject>();

/**
 * PyObject_Repr: each call is a level of the recursion limit, so a deeply nested list raises
 * RecursionError "... while getting the repr of an object" as CPython does.
 */
export function repr(interp: Interpreter, o: PyObject): string {
  interp.enterLevel(C_LEVEL_BYTES, WHILE_REPR);
  try {
    return reprOfType(interp, o);
  } finally {
    interp.leaveLevel(C_LEVEL_BYTES);
  }
}

/** tp_repr: the repr itself, without a level of its own (object_str calls it directly). */
function reprOfType(interp: Interpreter, o: PyObject): string {
  if (o instanceof PyStr) return strRepr(o.value);
  if (o instanceof PyInt) return intToDecimal(interp, o.value);
  if (o instanceof PyBool) return o.value ? 'True' : 'False';
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyFloat) return formatFloat(o.value);
  // A Python class's __repr__ (its instances', a named tuple's).
  const userRepr =
    o.type.isHeapType || o instanceof PyInstance ? lookupTypeAttr(o.type, '__repr__') : null;
  if (userRepr) return callTextMethod(interp, userRepr, o, '__repr__');
  if (
    (o instanceof PyTuple && o.type.moduleName) ||
    (o instanceof PyDict && o.type !== interp.heap.types.dict)
  ) {
    // A named tuple type of a module (functools.CacheInfo), or a dict subclass of the library
    // (defaultdict): each has its own repr.
    const special = builtinSpecial(interp, o.type, '__repr__');
    if (special) return callTextMethod(interp, special, o, '__repr__');
  }
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || isSetLike(o)) {
    return containerRepr(interp, o);
  }
  if (o instanceof PyInstance) {
    if (o.args) return `${o.type.name}(${o.args.items.map((a) => repr(interp, a)).join(', ')})`;
    return `<${qualifiedName(o.type)} object at ${hexAddress(o)}>`;
  }
  if (o instanceof PyType) return `<class '${qualifiedName(o)}'>`;
  if (o instanceof PyFunction) return `<function ${o.qualname} at ${hexAddress(o)}>`;
  if (o instanceof PyCell) {
    const c = o.contents;
    return `<cell at ${hexAddress(o)}: ${c ? `${c.type.name} object at ${hexAddress(c)}` : 'empty'}>`;
  }
  if (o instanceof PyMethod) {
    const name = o.func instanceof PyFunction ? o.func.qualname : attrText(interp, o.func);
    return `<bound method ${name} of ${repr(interp, o.self)}>`;
  }
  if (o instanceof PyBuiltin) {
    if (o.self)
      return `<built-in method ${o.name} of ${o.self.type.name} object at ${hexAddress(o.self)}>`;
    return `<built-in function ${o.name}>`;
  }
  if (o instanceof PyModule) {
    // A module of the library's .py files shows its file, which depends on the installation.
    if (SOURCE_MODULES.has(o.name))
      throw new NotSupported(`the repr of the module '${o.name}'`, interp.frame?.lineno ?? 0);
    return `<module '${o.name}' (built-in)>`;
  }
  if (o instanceof PyMemberDescriptor)
    return `<member '${o.name}' of '${o.owner?.name ?? '?'}' objects>`;
  // super_repr: the class and obj's type.
  if (o instanceof PyWrapperObject && o.kind === 'super') {
    const self = o.field('__self_class__');
    return `<super: <class '${(o.field('__thisclass__') as PyType | null)?.name ?? 'NULL'}'>, ${self ? `<${(self as PyType).name} object>` : 'NULL'}>`;
  }
  // sm_repr, cm_repr: the wrapped callable's repr; a property has the default repr.
  if (o instanceof PyWrapperObject && o.kind !== 'property' && o.kind !== 'tuplegetter') {
    const f = o.field('__func__');
    return `<${o.kind}(${f ? repr(interp, f) : 'NULL'})>`;
  }
  if (o instanceof PyRange) {
    return `range(${o.start}, ${o.stop}${o.step === 1 ? '' : `, ${o.step}`})`;
  }
  if (o instanceof PyDictView) return dictViewRepr(interp, o);
  if (o instanceof PyGenerator) return `<generator object ${o.qualname} at ${hexAddress(o)}>`;
  if (o instanceof PyFrameObject) return frameOrTracebackRepr(o, hexAddress(o));
  if (o instanceof PyIterator && o.label)
    return `<generator object ${o.label} at ${hexAddress(o)}>`;
  const special = builtinSpecial(interp, o.type, '__repr__');
  if (special) return callTextMethod(interp, special, o, '__repr__');
  return `<${qualifiedName(o.type)} object at ${hexAddress(o)}>`;
}

/** method_repr's name of a bound callable that is not a function: its `__qualname__`. */
function attrText(interp: Interpreter, func: PyObject): string {
  const v = interp.getAttr(func, '__qualname__');
  const text = v instanceof PyStr ? v.value : '?';
  interp.heap.decref(v);
  return text;
}

/** PyObject_Str: a str is itself; anything else takes a level of the recursion limit. */
export function str(interp: Interpreter, o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  interp.enterLevel(C_LEVEL_BYTES, WHILE_STR);
  try {
    return strOfType(interp, o);
  } finally {
    interp.leaveLevel(C_LEVEL_BYTES);
  }
}

function strOfType(interp: Interpreter, o: PyObject): string {
  if (o instanceof PyWeakref && o.kind === 'proxy') return str(interp, proxyTarget(interp, o));
  // A Python class's __str__ (its instances', a named tuple's).
  const userStr =
    o.type.isHeapType || o instanceof PyInstance ? lookupTypeAttr(o.type, '__str__') : null;
  if (userStr) return callTextMethod(interp, userStr, o, '__str__');
  if (o instanceof PyInstance) {
    if (o.args && !lookupTypeAttr(o.type, '__repr__')) {
      return exceptionArgsText(
        o,
        (a) => str(interp, a),
        (a) => repr(interp, a),
      );
    }
  }
  // object_str: tp_repr directly, no level of its own.
  return reprOfType(interp, o);
}

function qualifiedName(t: PyType): string {
  if (t.moduleName) return `${t.moduleName}.${t.name}`;
  return t.isHeapType ? `__main__.${t.qualname ?? t.name}` : t.name;
}

/** Calls __repr__ / __str__ (a new reference to self for its frame) and checks it gave a str. */
function callTextMethod(
  interp: Interpreter,
  method: PyObject,
  self: PyObject,
  name: string,
): string {
  const r = interp.callWith(method, [self], null, interp.frame);
  const h = interp.heap;
  if (!(r instanceof PyStr)) {
    const t = r.type.name;
    h.decref(r);
    return interp.raise('TypeError', `${name} returned non-string (type ${t})`);
  }
  const text = r.value;
  h.decref(r);
  return text;
}

function containerRepr(interp: Interpreter, o: PyObject): string {
  const isList = o instanceof PyList;
  const isTuple = o instanceof PyTuple;
  const isDict = o instanceof PyDict;
  if (inProgress.has(o))
    return isList ? '[...]' : isDict ? '{...}' : isTuple ? '(...)' : `${o.type.name}(...)`;
  if (isTuple && o.items.length === 0) return '()';
  inProgress.add(o);
  try {
    if (isDict) return dictRepr(interp, o);
    if (o instanceof PyList || o instanceof PyTuple) {
      const parts = new ReprParts(interp);
      // The list can change while an item's __repr__ runs: index it afresh each time.
      for (let i = 0; i < o.items.length; i++) parts.push(repr(interp, o.items[i]!));
      if (isTuple) return parts.length === 1 ? `(${parts.join()},)` : `(${parts.join()})`;
      return `[${parts.join()}]`;
    }
    const items = setItems(o);
    if (items.length === 0) return `${o.type.name}()`;
    const parts = new ReprParts(interp);
    for (const i of items) parts.push(repr(interp, i));
    const inner = `{${parts.join()}}`;
    return o.type.name === 'set' ? inner : `${o.type.name}(${inner})`;
  } finally {
    inProgress.delete(o);
  }
}

/** `dict_keys(['a'])`, `dict_items([('a', 1)])`: the view's current contents. */
function dictViewRepr(interp: Interpreter, v: PyDictView): string {
  if (inProgress.has(v)) return '...';
  inProgress.add(v);
  try {
    const parts: string[] = [];
    for (const e of orderedEntries(v.dict)) {
      if (v.part === 'keys') parts.push(repr(interp, e.key));
      else if (v.part === 'values') parts.push(repr(interp, e.value));
      else parts.push(`(${repr(interp, e.key)}, ${repr(interp, e.value)})`);
    }
    return `${v.type.name}([${parts.join(', ')}])`;
  } finally {
    inProgress.delete(v);
  }
}

/** dict_repr holds each key and value while formatting them. */
function dictRepr(interp: Interpreter, d: PyDict): string {
  const h = interp.heap;
  const parts = new ReprParts(interp);
  for (const e of [...d.liveEntries()]) {
    const { key, value } = e;
    h.incref(key);
    h.incref(value);
    try {
      parts.push(`${repr(interp, key)}: ${repr(interp, value)}`);
    } finally {
      h.decref(key);
      h.decref(value);
    }
  }
  return `{${parts.join()}}`;
}

/**
 * The pieces of a container's repr. Their length is watched as they come: a repr that would pass
 * the memory budget (or what a JavaScript string can hold) is a MemoryError before it is joined.
 */
class ReprParts {
  private readonly parts: string[] = [];
  private chars = 0;
  constructor(private readonly interp: Interpreter) {}
  get length(): number {
    return this.parts.length;
  }
  push(part: string): void {
    this.parts.push(part);
    this.chars += part.length + 2;
    if ((this.parts.length & 1023) === 0) this.check();
  }
  join(): string {
    if (this.parts.length > 64) this.check();
    return this.parts.join(', ');
  }
  private check(): void {
    this.interp.charge(1024);
    if (this.chars > MAX_STRING_LENGTH) this.interp.raise('MemoryError', null);
    this.interp.reserve(this.chars);
  }
}

/** dict_repr itself (with its `{...}` guard), for the repr of a dict subclass. */
export function plainDictRepr(interp: Interpreter, d: PyDict): string {
  return containerRepr(interp, d);
}
