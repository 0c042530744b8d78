/**
 * The bodies of the core's methods of the built-in types (list, tuple, dict, set, str, and the
 * constructors of int, float, bool, range and object): methods.ts makes their descriptors from
 * their names (the app's setup makes some of them and calls none), and each calls its body here.
 * They load with the library (lateCore.ts). Every method borrows its arguments (args[0] is self)
 * and returns a new reference.
 */
import { intToFloat } from './floatMath';
import { ssize } from './cSize';
import { checkLengthHint, newRange } from './rangeObject';
import {
  PyBool,
  PyDict,
  PyFloat,
  PyInstance,
  PyInt,
  PyList,
  PyObject,
  PySet,
  PyStr,
  PyTuple,
  listGrowth,
  preallocatedSlots,
  strKindOf,
  widerKind,
  orderedEntries,
  PyMappingProxy,
  PyOrderedDict,
  releaseNodes,
  membersKey,
} from '../engine';
import { knownLength, reserveCollection, reserveItems, reserveStr } from './allocation';
import type { Interpreter } from './interpreter';
import { collect, getIter, iterNext, iteratingAs } from './iteration';
import { lookupTypeAttr } from './typeAttr';
import { NotSupported } from './errors';
import { equals, truthy } from './operators';
import { checkDecimalDigits, MAX_STR_DIGITS } from './intDigits';
import { readIntText } from './intFromString';
import type { Kw } from './builtins';
import { bindParameters } from './argumentChecks';
import { asIndex, lengthHint, setAdd, type MethodFn } from './methods';

/**
 * A method's positional arguments, counted as CPython counts them: METH_NOARGS and METH_O name
 * the method with its type (`list.append() takes exactly one argument (2 given)`), Argument
 * Clinic's checks the method alone (`insert expected 2 arguments, got 3`).
 */
function arity(
  interp: Interpreter,
  qualified: string,
  args: PyObject[],
  min: number,
  max: number,
): void {
  const n = args.length - 1;
  if (n >= min && n <= max) return;
  const name = qualified.slice(qualified.indexOf('.') + 1);
  if (min === max) {
    if (min === 0) interp.raise('TypeError', `${qualified}() takes no arguments (${n} given)`);
    if (min === 1)
      interp.raise('TypeError', `${qualified}() takes exactly one argument (${n} given)`);
    interp.raise('TypeError', `${name} expected ${min} arguments, got ${n}`);
  }
  if (n > max)
    interp.raise(
      'TypeError',
      `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`,
    );
  interp.raise(
    'TypeError',
    `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`,
  );
}

/** An argument CPython declares Py_ssize_t (list.insert's index, list.pop's). */
function asSsize(interp: Interpreter, o: PyObject): number {
  if (o instanceof PyInt) return ssize(interp, o.value);
  if (o instanceof PyBool) return +o.value;
  return interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

function self<T>(args: PyObject[]): T {
  return args[0] as T;
}

const list: Record<string, MethodFn> = {
  append(interp, args) {
    arity(interp, 'list.append', args, 1, 1);
    const l = self<PyList>(args);
    reserveGrowth(interp, l, l.items.length + 1);
    interp.heap.listAppend(l, args[1]!);
    return interp.heap.none();
  },
  extend(interp, args) {
    arity(interp, 'list.extend', args, 1, 1);
    checkLengthHint(interp, args[1]!);
    listExtend(interp, self<PyList>(args), args[1]!);
    return interp.heap.none();
  },
  insert(interp, args) {
    arity(interp, 'list.insert', args, 2, 2);
    const l = self<PyList>(args);
    let i = asSsize(interp, args[1]!);
    if (i < 0) i = Math.max(0, i + l.items.length);
    i = Math.min(i, l.items.length);
    reserveGrowth(interp, l, l.items.length + 1);
    interp.heap.listResize(l, l.items.length + 1);
    interp.heap.incref(args[2]!, l, i);
    l.items.splice(i, 0, args[2]!);
    return interp.heap.none();
  },
  pop(interp, args) {
    arity(interp, 'list.pop', args, 0, 1);
    const l = self<PyList>(args);
    if (l.items.length === 0) interp.raise('IndexError', 'pop from empty list');
    let i = args.length > 1 ? asSsize(interp, args[1]!) : l.items.length - 1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) interp.raise('IndexError', 'pop index out of range');
    // The popped reference moves to the caller.
    const [v] = l.items.splice(i, 1);
    interp.heap.listResize(l, l.items.length);
    return v!;
  },
  remove(interp, args) {
    arity(interp, 'list.remove', args, 1, 1);
    const l = self<PyList>(args);
    interp.charge(l.items.length);
    const i = l.items.findIndex((x) => x === args[1] || equals(interp, x, args[1]!));
    if (i < 0) interp.raise('ValueError', 'list.remove(x): x not in list');
    interp.heap.listDelete(l, i);
    return interp.heap.none();
  },
  clear(interp, args) {
    arity(interp, 'list.clear', args, 0, 0);
    const l = self<PyList>(args);
    const items = l.items;
    interp.heap.listCleared(l);
    // list_clear releases the items last to first.
    interp.heap.bulk(items.length, () => {
      for (let i = items.length - 1; i >= 0; i--) interp.heap.decref(items[i]!, l, i);
    });
    return interp.heap.none();
  },
  index(interp, args) {
    arity(interp, 'list.index', args, 1, 3);
    const i = indexIn(interp, self<PyList>(args).items, args);
    if (i < 0) interp.raise('ValueError', `${interp.reprOf(args[1]!)} is not in list`);
    return interp.heap.newInt(i);
  },
  count(interp, args) {
    arity(interp, 'list.count', args, 1, 1);
    interp.charge(self<PyList>(args).items.length);
    const n = self<PyList>(args).items.filter(
      (x) => x === args[1] || equals(interp, x, args[1]!),
    ).length;
    return interp.heap.newInt(n);
  },
  __new__(interp, args, kw) {
    positionalOnly(interp, 'list', args, kw, 1);
    if (args.length) checkLengthHint(interp, args[0]!);
    return args.length ? newListOf(interp, args[0]!) : interp.heap.newList([]);
  },
};

/** Before a list grows to `newsize` items: MemoryError if its new slots would pass the budget. */
function reserveGrowth(interp: Interpreter, l: PyList, newsize: number): void {
  if (newsize <= l.allocated) return;
  interp.reserve(8 * (listGrowth(newsize, l.items.length) - l.allocated));
}

/**
 * list(x) (and sorted's copy): the items of `x` in a new list whose slots are what list_extend
 * leaves, from `x`'s length (or length hint) before iterating.
 */
export function newListOf(interp: Interpreter, x: PyObject): PyList {
  reserveCollection(interp, x, 8);
  const hint = lengthHint(x);
  const items = collect(interp, x);
  return interp.heap.newList(items, extendedSlots(0, 0, hint, items.length));
}

/**
 * list.extend(x), `l += x` (list_extend): a list or tuple is copied in one resize; any other
 * iterable after a resize for its length hint, growing as it goes, shrunk if mostly unused.
 */
export function listExtend(interp: Interpreter, l: PyList, x: PyObject): void {
  const h = interp.heap;
  const m = l.items.length;
  if (x instanceof PyList || x instanceof PyTuple) {
    const src = x.items.slice();
    const n = src.length;
    if (n === 0) return;
    const slots = l.allocated === 0 ? preallocatedSlots(n) : growTo(l, m + n);
    reserveItems(interp, n, 0);
    interp.reserve(8 * (slots - l.allocated));
    h.listSetAllocated(l, slots);
    h.bulk(n, () => {
      for (const v of src) {
        h.incref(v, l, l.items.length);
        l.items.push(v);
      }
    });
    return;
  }
  reserveCollection(interp, x, 8);
  const hint = lengthHint(x);
  const items = collect(interp, x);
  const slots = extendedSlots(l.allocated, m, hint, items.length);
  h.listSetAllocated(l, Math.max(slots, m + items.length));
  h.bulk(items.length, () => {
    for (const v of items) {
      h.incref(v, l, l.items.length);
      l.items.push(v);
      h.decref(v);
    }
  });
}

/** The allocation after list_resize(l, newsize). */
function growTo(l: PyList, newsize: number): number {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= Math.floor(allocated / 2)) return allocated;
  return listGrowth(newsize, l.items.length);
}

/**
 * The slots list_extend leaves a list of `m` items in `allocated` slots after appending `n` items
 * of an iterable whose length hint was `hint` (-1: none, 8 is assumed).
 */
function extendedSlots(allocated: number, m: number, hint: number, n: number): number {
  const guess = hint < 0 ? 8 : hint;
  let slots = allocated;
  if (guess > 0) {
    if (slots === 0) slots = preallocatedSlots(guess);
    else if (!(slots >= m + guess && m + guess >= Math.floor(slots / 2)))
      slots = listGrowth(m + guess, m);
  }
  // app1 for each item past the allocation.
  for (let size = Math.min(m + n, slots); size < m + n;) {
    slots = listGrowth(size + 1, size);
    size = Math.min(m + n, slots);
  }
  const size = m + n;
  if (size < slots && size < Math.floor(slots / 2)) slots = listGrowth(size, size);
  return slots;
}

/** l *= n (list_inplace_repeat): cleared for n < 1, else one resize and the copies. */
export function listInplaceRepeat(interp: Interpreter, l: PyList, n: number): void {
  const h = interp.heap;
  const items = l.items.slice();
  if (n < 1 || items.length === 0) {
    h.listCleared(l);
    for (let i = items.length - 1; i >= 0; i--) h.decref(items[i]!, l, i);
    return;
  }
  const total = items.length * n;
  reserveItems(interp, total, 0);
  const slots = growTo(l, total);
  interp.reserve(8 * (slots - l.allocated));
  h.listSetAllocated(l, slots);
  for (let k = 1; k < n; k++)
    for (const item of items) {
      h.incref(item, l, l.items.length);
      l.items.push(item);
    }
}

/**
 * list.index and tuple.index: where `args[1]` first is from `args[2]` (start) up to `args[3]`
 * (stop), bounded as slice indices are; -1 when it is not there.
 */
function indexIn(interp: Interpreter, items: readonly PyObject[], args: PyObject[]): number {
  interp.charge(items.length);
  const bound = (o: PyObject | undefined, d: number) => {
    if (!o) return d;
    const v = asIndex(interp, o, 'slice indices');
    return v < 0 ? Math.max(0, v + items.length) : Math.min(v, items.length);
  };
  const stop = bound(args[3], items.length);
  for (let i = bound(args[2], 0); i < stop && i < items.length; i++) {
    if (items[i] === args[1] || equals(interp, items[i]!, args[1]!)) return i;
  }
  return -1;
}

const tuple: Record<string, MethodFn> = {
  index(interp, args) {
    arity(interp, 'tuple.index', args, 1, 3);
    const i = indexIn(interp, self<PyTuple>(args).items, args);
    if (i < 0) interp.raise('ValueError', 'tuple.index(x): x not in tuple');
    return interp.heap.newInt(i);
  },
  count(interp, args) {
    arity(interp, 'tuple.count', args, 1, 1);
    interp.charge(self<PyTuple>(args).items.length);
    const n = self<PyTuple>(args).items.filter(
      (x) => x === args[1] || equals(interp, x, args[1]!),
    ).length;
    return interp.heap.newInt(n);
  },
  __new__(interp, args, kw) {
    positionalOnly(interp, 'tuple', args, kw, 1);
    if (args.length === 0) return interp.heap.newTuple([]);
    // tuple(t) is t for an exact tuple.
    if (args[0] instanceof PyTuple && args[0].type === interp.heap.types.tuple) {
      interp.heap.incref(args[0]);
      return args[0];
    }
    checkLengthHint(interp, args[0]!);
    reserveCollection(interp, args[0]!, 8);
    return interp.heap.newTuple(collect(interp, args[0]!));
  },
};

function dictOf(args: PyObject[]): PyDict {
  return args[0] as PyDict;
}

function keyError(interp: Interpreter, key: PyObject): never {
  const exc = interp.callWith(interp.exceptions.get('KeyError')!, [key], null, interp.frame);
  return interp.raiseObject(exc);
}

const dict: Record<string, MethodFn> = {
  get(interp, args) {
    arity(interp, 'dict.get', args, 1, 2);
    const v =
      interp.hashGuard(() => interp.heap.dictGet(dictOf(args), args[1]!)) ??
      args[2] ??
      interp.heap.None;
    interp.heap.incref(v);
    return v;
  },
  pop(interp, args) {
    arity(interp, 'dict.pop', args, 1, 2);
    const d = dictOf(args);
    const v = interp.hashGuard(() => interp.heap.dictGet(d, args[1]!));
    if (!v) {
      if (args.length > 2) {
        interp.heap.incref(args[2]!);
        return args[2]!;
      }
      return keyError(interp, args[1]!);
    }
    interp.heap.incref(v);
    interp.heap.dictDelete(d, args[1]!);
    return v;
  },
  setdefault(interp, args) {
    arity(interp, 'dict.setdefault', args, 1, 2);
    const d = dictOf(args);
    let v = interp.hashGuard(() => interp.heap.dictGet(d, args[1]!));
    if (!v) {
      v = args[2] ?? interp.heap.None;
      interp.heap.dictSet(d, args[1]!, v);
    }
    interp.heap.incref(v);
    return v;
  },
  keys(interp, args) {
    arity(interp, 'dict.keys', args, 0, 0);
    return interp.heap.newDictView(dictOf(args), 'keys');
  },
  values(interp, args) {
    arity(interp, 'dict.values', args, 0, 0);
    return interp.heap.newDictView(dictOf(args), 'values');
  },
  items(interp, args) {
    arity(interp, 'dict.items', args, 0, 0);
    return interp.heap.newDictView(dictOf(args), 'items');
  },
  clear(interp, args) {
    arity(interp, 'dict.clear', args, 0, 0);
    const d = dictOf(args);
    const entries = d.entries;
    // OrderedDict.clear(): the dict part (PyDict_Clear), then the linked list's nodes.
    const nodes = d instanceof PyOrderedDict ? d.order.keys() : null;
    interp.heap.dictCleared(d);
    interp.heap.bulk(entries.length, () => {
      for (const e of entries) {
        if (!e) continue;
        interp.heap.decref(e.key, d, e.key);
        interp.heap.decref(e.value, d, e.key);
      }
    });
    if (nodes) releaseNodes(interp.heap, d as PyOrderedDict, nodes);
    return interp.heap.none();
  },
  update(interp, args, kw) {
    arity(interp, 'dict.update', args, 0, 1);
    const d = dictOf(args);
    if (args[1]) mergeInto(interp, d, args[1]);
    for (const [name, v] of kw ?? []) setStrKey(interp, d, name, v);
    return interp.heap.none();
  },
  copy(interp, args) {
    arity(interp, 'dict.copy', args, 0, 0);
    const d = interp.heap.newDict();
    mergeInto(interp, d, args[0]!);
    return d;
  },
  __new__(interp, args, kw) {
    if (args.length > 1)
      interp.raise('TypeError', `dict expected at most 1 argument, got ${args.length}`);
    const d = interp.heap.newDict();
    try {
      if (args[0]) mergeInto(interp, d, args[0]);
      for (const [name, v] of kw ?? []) setStrKey(interp, d, name, v);
    } catch (e) {
      interp.heap.decref(d);
      throw e;
    }
    return d;
  },
};

function setStrKey(interp: Interpreter, d: PyDict, name: string, v: PyObject): void {
  const k = interp.heap.newStr(name, true);
  interp.heap.dictSet(d, k, v);
  interp.heap.decref(k);
}

/** dict.update(other): a dict, or an iterable of pairs. */
function mergeInto(interp: Interpreter, d: PyDict, from: PyObject): void {
  const h = interp.heap;
  // A class's __dict__ merges as the dict it shows (PyDict_Merge through keys() and []).
  const other = from instanceof PyMappingProxy ? from.mapping : from;
  reserveCollection(interp, other, 24);
  if (other instanceof PyDict) {
    // An OrderedDict gives its items in its own order (its keys(), as dict_merge asks).
    for (const e of orderedEntries(other)) interp.hashGuard(() => h.dictSet(d, e.key, e.value));
    return;
  }
  // A class of one's own with keys() is merged through keys() and [] (PyDict_Merge): not modelled.
  if (other instanceof PyInstance && lookupTypeAttr(other.type, 'keys'))
    throw new NotSupported(
      `dict.update() of a '${other.type.name}' (a mapping that is not a dict)`,
      interp.frame?.lineno ?? 0,
    );
  h.bulk(Math.max(0, knownLength(other)), () => mergeFromSeq2(interp, d, other));
}

/**
 * PyDict_MergeFromSeq2: the items one at a time, each made a sequence (a list or tuple as it is,
 * anything else listed) of length 2, stored as key and value; the first that is not stops it.
 */
function mergeFromSeq2(interp: Interpreter, d: PyDict, other: PyObject): void {
  const h = interp.heap;
  const it = getIter(interp, other);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(interp, it);
      if (!item) return;
      let fast: PyObject | null = null;
      try {
        fast = sequenceFast(interp, item, i);
        const kv = (fast as PyList | PyTuple).items;
        if (kv.length !== 2)
          interp.raise(
            'ValueError',
            `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
          );
        interp.hashGuard(() => h.dictSet(d, kv[0]!, kv[1]!));
      } finally {
        if (fast) h.decref(fast);
        h.decref(item);
      }
    }
  } finally {
    h.decref(it);
  }
}

/** PySequence_Fast: a list or tuple itself (a new reference), else a new list of its items. */
function sequenceFast(interp: Interpreter, item: PyObject, i: number): PyObject {
  const h = interp.heap;
  if (item instanceof PyList || item instanceof PyTuple) {
    h.incref(item);
    return item;
  }
  try {
    return h.newList(collect(interp, item));
  } catch (e) {
    const exc = (e as { exc?: PyObject }).exc;
    if (exc && exc.type.isSubtypeOf(interp.exceptions.get('TypeError')!)) {
      interp.releaseError(e as never);
      interp.raise(
        'TypeError',
        `cannot convert dictionary update sequence element #${i} to a sequence`,
      );
    }
    throw e;
  }
}

function setOf(args: PyObject[]): PySet {
  return args[0] as PySet;
}

const set: Record<string, MethodFn> = {
  add(interp, args) {
    arity(interp, 'set.add', args, 1, 1);
    setAdd(interp, setOf(args), args[1]!);
    return interp.heap.none();
  },
  discard(interp, args) {
    arity(interp, 'set.discard', args, 1, 1);
    removeMember(interp, setOf(args), args[1]!);
    return interp.heap.none();
  },
  remove(interp, args) {
    arity(interp, 'set.remove', args, 1, 1);
    if (!removeMember(interp, setOf(args), args[1]!)) keyError(interp, args[1]!);
    return interp.heap.none();
  },
  clear(interp, args) {
    arity(interp, 'set.clear', args, 0, 0);
    interp.heap.setClear(setOf(args));
    return interp.heap.none();
  },
};

function removeMember(interp: Interpreter, s: PySet, v: PyObject): boolean {
  if (v instanceof PySet && !v.frozen) {
    // set_discard_key: a set is looked for as the frozenset of its members.
    const member = s.members.get(membersKey(v));
    return member !== undefined && interp.heap.setDiscard(s, member);
  }
  return interp.hashGuard(() => interp.heap.setDiscard(s, v));
}

function strOf(args: PyObject[]): string {
  return (args[0] as PyStr).value;
}

const str: Record<string, MethodFn> = {
  join(interp, args) {
    arity(interp, 'str.join', args, 1, 1);
    checkLengthHint(interp, args[1]!);
    reserveCollection(interp, args[1]!, 8);
    const parts = iteratingAs(interp, args[1]!, 'can only join an iterable', () =>
      collect(interp, args[1]!),
    );
    try {
      const sep = args[0] as PyStr;
      // _PyUnicode_JoinArray: one str item is the result itself.
      const only = parts.length === 1 ? parts[0] : null;
      if (only instanceof PyStr) {
        interp.heap.incref(only);
        return only;
      }
      let kind = parts.length > 1 ? strKindOf(sep) : 'ascii';
      let length = sep.value.length * Math.max(0, parts.length - 1);
      const texts = parts.map((p, i) => {
        if (!(p instanceof PyStr)) {
          return interp.raise(
            'TypeError',
            `sequence item ${i}: expected str instance, ${p.type.name} found`,
          );
        }
        kind = widerKind(kind, strKindOf(p));
        length += p.value.length;
        return p.value;
      });
      reserveStr(interp, kind, length);
      return interp.heap.newStr(texts.join(strOf(args)), false, kind);
    } finally {
      for (const p of parts) interp.heap.decref(p);
    }
  },
  /** unicode_new: str(object='', encoding=, errors=); decoding (bytes) is not modelled. */
  __new__(interp, args, kw) {
    const named = bindParameters(interp, 'str', ['object', 'encoding', 'errors'], args, kw);
    const [object, encoding, errors] = named;
    if (!object) return interp.heap.newStr('');
    if (encoding || errors) {
      // Argument Clinic checks each given argument's type first.
      for (const [name, a] of [
        ['encoding', encoding],
        ['errors', errors],
      ] as const)
        if (a && !(a instanceof PyStr))
          interp.raise('TypeError', `str() argument '${name}' must be str, not ${a.type.name}`);
      if (object instanceof PyStr) interp.raise('TypeError', 'decoding str is not supported');
      interp.raise(
        'TypeError',
        `decoding to str: need a bytes-like object, ${object.type.name} found`,
      );
    }
    const v = object;
    // str() of a str is that str; of an int, a new str even of one digit.
    if (v instanceof PyStr) {
      interp.heap.incref(v);
      return v;
    }
    if (v instanceof PyInt) return interp.heap.freshStr(interp.strOf(v));
    return interp.heap.newStr(interp.strOf(v));
  },
};

const int: Record<string, MethodFn> = {
  /** long_new: int(x=0, /, base=10). */
  __new__(interp, args, kw) {
    const [, baseArg] = bindParameters(interp, 'int', [null, 'base'], args, kw);
    const v = args[0];
    if (baseArg) {
      if (!v) interp.raise('TypeError', 'int() missing string argument');
      const base = intBase(interp, baseArg);
      if (!(v instanceof PyStr))
        return interp.raise('TypeError', "int() can't convert non-string with explicit base");
      return intOfText(interp, v, base);
    }
    if (!v) return interp.heap.newInt(0);
    if (v instanceof PyInt) {
      interp.heap.incref(v);
      return v;
    }
    if (v instanceof PyBool) return interp.heap.newInt(v.value ? 1 : 0);
    if (v instanceof PyFloat) {
      if (!Number.isFinite(v.value))
        interp.raise(
          Number.isNaN(v.value) ? 'ValueError' : 'OverflowError',
          Number.isNaN(v.value)
            ? 'cannot convert float NaN to integer'
            : 'cannot convert float infinity to integer',
        );
      const t = Math.trunc(v.value);
      return interp.heap.newInt(Number.isSafeInteger(t) ? t : BigInt(t));
    }
    if (v instanceof PyStr) return intOfText(interp, v, 10);
    refuseConversionMethod(interp, 'int', v, ['__int__', '__index__', '__trunc__']);
    return interp.raise(
      'TypeError',
      `int() argument must be a string, a bytes-like object or a real number, not '${v.type.name}'`,
    );
  },
};

/** int()'s base: an int from 2 to 36, or 0. */
function intBase(interp: Interpreter, o: PyObject): number {
  if (!(o instanceof PyInt) && !(o instanceof PyBool)) {
    if (o instanceof PyInstance && lookupTypeAttr(o.type, '__index__'))
      throw new NotSupported("int()'s base given by __index__", interp.frame?.lineno ?? 0);
    interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  }
  const base = o instanceof PyBool ? +o.value : Number(o.value);
  if (base !== 0 && (base < 2 || base > 36))
    interp.raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  return base;
}

/** PyLong_FromUnicodeObject: the str read in `base` (intFromString.ts). */
function intOfText(interp: Interpreter, v: PyStr, base: number): PyObject {
  const read = readIntText(v.value, base, MAX_STR_DIGITS);
  if ('value' in read) {
    const n = Number(read.value);
    return interp.heap.newInt(Number.isSafeInteger(n) ? n : read.value);
  }
  if ('digits' in read) checkDecimalDigits(interp, '0'.repeat(read.digits));
  if ('notAscii' in read)
    throw new NotSupported(
      'int() of a str with non-ASCII digits or spaces',
      interp.frame?.lineno ?? 0,
    );
  const shown = interp.reprOf(v);
  return interp.raise(
    'ValueError',
    `invalid literal for int() with base ${base}: ${shown.length > 200 ? shown.slice(0, 200) : shown}`,
  );
}

/**
 * A class's own conversion method (int()'s __int__, __index__, __trunc__; float()'s __float__,
 * __index__) is not called by these constructors: refused, rather than a TypeError CPython would
 * not raise.
 */
function refuseConversionMethod(
  interp: Interpreter,
  what: string,
  v: PyObject,
  names: readonly string[],
): void {
  if (!(v instanceof PyInstance)) return;
  for (const name of names)
    if (lookupTypeAttr(v.type, name))
      throw new NotSupported(`${what}() of an object with ${name}`, interp.frame?.lineno ?? 0);
}

/** A constructor that takes no keyword arguments and at most `max` positional ones. */
function positionalOnly(interp: Interpreter, name: string, args: PyObject[], kw: Kw, max: number) {
  if (kw && kw.length) interp.raise('TypeError', `${name}() takes no keyword arguments`);
  if (args.length > max)
    interp.raise(
      'TypeError',
      `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`,
    );
}

const float: Record<string, MethodFn> = {
  __new__(interp, args, kw) {
    positionalOnly(interp, 'float', args, kw, 1);
    const v = args[0];
    if (!v) return interp.heap.newFloat(0);
    if (v instanceof PyFloat) {
      interp.heap.incref(v);
      return v;
    }
    if (v instanceof PyInt || v instanceof PyBool)
      return interp.heap.newFloat(intToFloat(interp, v instanceof PyBool ? +v.value : v.value));
    if (v instanceof PyStr) {
      if (/[^\P{Nd}0-9]/u.test(v.value))
        throw new NotSupported('float() of a str with non-ASCII digits', interp.frame?.lineno ?? 0);
      const x = floatOfText(v.value);
      if (x === null)
        return interp.raise('ValueError', `could not convert string to float: ${interp.reprOf(v)}`);
      return interp.heap.newFloat(x);
    }
    refuseConversionMethod(interp, 'float', v, ['__float__', '__index__']);
    return interp.raise(
      'TypeError',
      `float() argument must be a string or a real number, not '${v.type.name}'`,
    );
  },
};

const bool: Record<string, MethodFn> = {
  __new__(interp, args, kw) {
    positionalOnly(interp, 'bool', args, kw, 1);
    return interp.heap.bool(args[0] ? truthy(interp, args[0]) : false);
  },
};

const range: Record<string, MethodFn> = {
  __new__(interp, args, kw) {
    if (kw && kw.length) interp.raise('TypeError', 'range() takes no keyword arguments');
    return newRange(interp, args);
  },
};

const object: Record<string, MethodFn> = {
  __new__(interp, args) {
    if (args.length > 0) interp.raise('TypeError', 'object() takes no arguments');
    const h = interp.heap;
    return h.track(new PyInstance(h.allocAddress(0x10), h.types.object));
  },
};

const BaseException: Record<string, MethodFn> = {
  /** BaseException.__init__: the arguments become `args`. */
  __init__(interp, args) {
    const exc = args[0];
    if (exc instanceof PyInstance) {
      const rest = args.slice(1);
      for (const a of rest) interp.heap.incref(a);
      const old = exc.args;
      exc.args = interp.heap.newTuple(rest);
      if (old) interp.heap.decref(old);
    }
    return interp.heap.none();
  },
};

/** The bodies, by type and name: the same names, in the same order, as methods.ts's tables. */
/** The core's methods that take keyword arguments: dict.update's are the items to add. */
const TAKES_KEYWORDS = new Set(['dict.update', 'BaseException.__init__']);

/** A method that takes none refuses keyword arguments (METH_O, METH_NOARGS, Argument Clinic). */
function positionalMethods(
  typeName: string,
  table: Record<string, MethodFn>,
): Readonly<Record<string, MethodFn>> {
  const checked: Record<string, MethodFn> = {};
  for (const [name, fn] of Object.entries(table)) {
    const qualified = `${typeName}.${name}`;
    checked[name] =
      name === '__new__' || TAKES_KEYWORDS.has(qualified)
        ? fn
        : (interp, args, kw) => {
            if (kw && kw.length)
              interp.raise('TypeError', `${qualified}() takes no keyword arguments`);
            return fn(interp, args, kw);
          };
  }
  return Object.freeze(checked);
}

export const CORE_METHODS: Readonly<Record<string, Readonly<Record<string, MethodFn>>>> =
  Object.freeze(
    Object.fromEntries(
      Object.entries({
        BaseException,
        list,
        tuple,
        dict,
        set,
        str,
        int,
        float,
        bool,
        range,
        object,
      }).map(([name, table]) => [name, positionalMethods(name, table)]),
    ),
  );

/** A decimal float's text as float() reads it: digits with single `_` between them. */
const DIGITS = String.raw`\d(?:_?\d)*`;
const FLOAT_TEXT = new RegExp(
  `^[+-]?(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:e[+-]?${DIGITS})?$`,
  'i',
);

/**
 * float(str): a decimal number (underscores between digits), or inf, infinity or nan with a sign,
 * whitespace around; null for anything else (`0x10` too, which Number() would read).
 */
function floatOfText(text: string): number | null {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  return FLOAT_TEXT.test(s) ? Number(s.replace(/_/g, '')) : null;
}
