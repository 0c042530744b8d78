/**
 * `repr()` and `str()` of every value, as CPython 3.11 prints them. Instances with `__repr__` or
 * `__str__` run Python code (which sees the references CPython's C code holds at that moment).
 * This loads with the library (lateCore.ts): the core reaches it through repr.ts.
 */
import { frameOrTracebackRepr } from './frameObjectAttrs';
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
  PyClassDescriptor,
  PyMappingProxy,
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
  PySet,
  PySlice,
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
import { setItems } from './sets';
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
  return reprSlotOf(o)(interp, o);
}

/** tp_repr of one engine class: `o` is an instance of it. */
type ReprSlot<T extends PyObject> = (interp: Interpreter, o: T) => string;
type PyClass<T extends PyObject> = abstract new (...args: never[]) => T;

/**
 * tp_repr per engine class, as CPython keeps it in each type object: one entry per class (see
 * `defineRepr` below), keyed by the class's prototype. A class without an entry (a subclass such
 * as defaultdict's) uses its nearest base's; a class without any, the default repr.
 */
const REPR_SLOTS = new Map<object, ReprSlot<PyObject>>();

/** Gives the instances of `cls` (and of its subclasses without their own) this repr. */
export function defineRepr<T extends PyObject>(cls: PyClass<T>, slot: ReprSlot<T>): void {
  REPR_SLOTS.set(cls.prototype, slot as ReprSlot<PyObject>);
}

function reprSlotOf(o: PyObject): ReprSlot<PyObject> {
  for (let p = Object.getPrototypeOf(o) as object | null; p; p = Object.getPrototypeOf(p)) {
    const slot = REPR_SLOTS.get(p);
    if (slot) return slot;
  }
  return defaultRepr;
}

/**
 * object_repr, or the repr a built-in type of the library defines (`__repr__` in its method
 * table: a weakref's, a deque's, ...).
 */
function defaultRepr(interp: Interpreter, o: PyObject): string {
  const special = builtinSpecial(interp, o.type, '__repr__');
  if (special) return callTextMethod(interp, special, o, '__repr__');
  return `<${qualifiedName(o.type)} object at ${hexAddress(o)}>`;
}

/**
 * A named tuple type of a module (functools.CacheInfo), or a dict subclass of the library
 * (defaultdict): each has its own repr; any other tuple or dict the container's.
 */
function specialOrContainerRepr(interp: Interpreter, o: PyObject): string {
  const special = builtinSpecial(interp, o.type, '__repr__');
  if (special) return callTextMethod(interp, special, o, '__repr__');
  return containerRepr(interp, o);
}

defineRepr(PyStr, (_interp, o) => strRepr(o.value));
defineRepr(PyInt, (interp, o) => intToDecimal(interp, o.value));
defineRepr(PyBool, (_interp, o) => (o.value ? 'True' : 'False'));
defineRepr(PyNone, () => 'None');
defineRepr(PyFloat, (_interp, o) => formatFloat(o.value));
defineRepr(PyList, containerRepr);
defineRepr(PyTuple, (interp, o) => {
  // A named tuple: its class's __repr__.
  const userRepr = o.type.isHeapType ? lookupTypeAttr(o.type, '__repr__') : null;
  if (userRepr) return callTextMethod(interp, userRepr, o, '__repr__');
  return o.type.moduleName ? specialOrContainerRepr(interp, o) : containerRepr(interp, o);
});
defineRepr(PyDict, (interp, o) =>
  o.type !== interp.heap.types.dict ? specialOrContainerRepr(interp, o) : containerRepr(interp, o),
);
defineRepr(PySet, containerRepr);
defineRepr(
  PySlice,
  (interp, o) =>
    `slice(${repr(interp, o.start)}, ${repr(interp, o.stop)}, ${repr(interp, o.step)})`,
);
defineRepr(PyInstance, (interp, o) => {
  const userRepr = lookupTypeAttr(o.type, '__repr__');
  if (userRepr) return callTextMethod(interp, userRepr, o, '__repr__');
  if (o.args) return `${o.type.name}(${o.args.items.map((a) => repr(interp, a)).join(', ')})`;
  return `<${qualifiedName(o.type)} object at ${hexAddress(o)}>`;
});
defineRepr(PyType, (_interp, o) => `<class '${qualifiedName(o)}'>`);
defineRepr(PyFunction, (_interp, o) => `<function ${o.qualname} at ${hexAddress(o)}>`);
defineRepr(PyCell, (_interp, o) => {
  const c = o.contents;
  return `<cell at ${hexAddress(o)}: ${c ? `${c.type.name} object at ${hexAddress(c)}` : 'empty'}>`;
});
defineRepr(PyMethod, (interp, o) => {
  const name = o.func instanceof PyFunction ? o.func.qualname : attrText(interp, o.func);
  return `<bound method ${name} of ${repr(interp, o.self)}>`;
});
defineRepr(PyBuiltin, (_interp, o) => {
  if (o.self)
    return `<built-in method ${o.name} of ${o.self.type.name} object at ${hexAddress(o.self)}>`;
  return `<built-in function ${o.name}>`;
});
defineRepr(PyModule, (interp, o) => {
  // A module of the library's .py files shows its file, which depends on the installation.
  if (SOURCE_MODULES.has(o.name))
    throw new NotSupported(`the repr of the module '${o.name}'`, interp.frame?.lineno ?? 0);
  return `<module '${o.name}' (built-in)>`;
});
defineRepr(PyClassDescriptor, (_interp, o) => o.text());
defineRepr(PyMappingProxy, (interp, o) => `mappingproxy(${repr(interp, o.mapping)})`);
defineRepr(PyWrapperObject, (interp, o) => {
  // super_repr: the class and obj's type.
  if (o.kind === 'super') {
    const self = o.field('__self_class__');
    return `<super: <class '${(o.field('__thisclass__') as PyType | null)?.name ?? 'NULL'}'>, ${self ? `<${(self as PyType).name} object>` : 'NULL'}>`;
  }
  // A property and a named tuple's field have the default repr; sm_repr, cm_repr: the wrapped
  // callable's repr.
  if (o.kind === 'property' || o.kind === 'tuplegetter') return defaultRepr(interp, o);
  const f = o.field('__func__');
  return `<${o.kind}(${f ? repr(interp, f) : 'NULL'})>`;
});
defineRepr(
  PyRange,
  (_interp, o) => `range(${o.start}, ${o.stop}${o.step === 1 ? '' : `, ${o.step}`})`,
);
defineRepr(PyDictView, dictViewRepr);
defineRepr(PyGenerator, (_interp, o) => `<generator object ${o.qualname} at ${hexAddress(o)}>`);
defineRepr(PyFrameObject, (_interp, o) => frameOrTracebackRepr(o, hexAddress(o)));
defineRepr(PyIterator, (interp, o) =>
  o.label ? `<generator object ${o.label} at ${hexAddress(o)}>` : defaultRepr(interp, o),
);

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
  // mappingproxy_str: the str of the mapping itself.
  if (o instanceof PyMappingProxy) return str(interp, o.mapping);
  // A Python class's __str__ (its instances', a named tuple's).
  const userStr =
    o.type.isHeapType || o instanceof PyInstance ? lookupTypeAttr(o.type, '__str__') : null;
  if (userStr) return callTextMethod(interp, userStr, o, '__str__');
  // BaseException_str: the args, whatever the class's __repr__ says.
  if (o instanceof PyInstance) {
    if (o.args) {
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

/** type_repr's name: a class's own `__module__` (a str other than builtins) qualifies it. */
function qualifiedName(t: PyType): string {
  if (t.moduleName) return `${t.moduleName}.${t.name}`;
  if (!t.isHeapType) return t.name;
  const module = t.attrs.get('__module__');
  const name = t.qualname ?? t.name;
  return module instanceof PyStr && module.value !== 'builtins' ? `${module.value}.${name}` : name;
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
