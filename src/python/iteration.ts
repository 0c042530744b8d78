/**
 * The iterator protocol on the heap: GET_ITER makes an iterator object that holds its sequence,
 * FOR_ITER asks it for the next item. The dict items iterator reuses its result tuple while no one
 * else holds it (dictiter_iternextitem), which is why `for k, v in d.items()` sees one more
 * reference to `v` than `for v in d.values()`.
 */
import { rangeItem } from './rangeItem';
import {
  PyDict,
  PyDictView,
  PyGenerator,
  PyInstance,
  PyIterator,
  PyIterObject,
  PyList,
  PyObject,
  PyOrderedDict,
  PyRange,
  PySet,
  PyStr,
  PyTuple,
  STACK,
  type DictPart,
  strChars,
  strKindOf,
} from '../engine';
import { NotSupported, PyError } from './errors';
import { lookupTypeAttr } from './typeAttr';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { iterObjectNext } from './iterObjects';
import { equals } from './operators';
import { lateCore } from './lateCore';

/** What GET_ITER gives: a sequence iterator, one of the builtins' iterator objects, a generator. */
/** An instance of a class with its own `__next__`, as a user iterator (instanceIter checks). */
export type UserIterator = PyInstance;

export type IteratorObject = PyIterator | PyIterObject | PyGenerator | UserIterator;

/** iter(o): a new reference to an iterator. */
export function getIter(interp: Interpreter, o: PyObject): IteratorObject {
  const h = interp.heap;
  if (o instanceof PyIterator || o instanceof PyIterObject || o instanceof PyGenerator) {
    h.incref(o);
    return o;
  }
  if (o instanceof PyList) return h.newIterator(o, 'list_iterator');
  if (o instanceof PyTuple) return h.newIterator(o, 'tuple_iterator');
  // unicode_iter: a compact ASCII str gets an iterator type of its own.
  if (o instanceof PyStr)
    return h.newIterator(o, strKindOf(o) === 'ascii' ? 'str_ascii_iterator' : 'str_iterator');
  if (o instanceof PyRange) return h.newIterator(o, 'range_iterator');
  if (o instanceof PyDict) return dictIter(interp, o, 'keys');
  if (o instanceof PyDictView) return dictIter(interp, o.dict, o.part);
  if (o instanceof PySet) {
    const it = h.newIterator(o, 'set_iterator');
    it.snapshot = o.ordered();
    return it;
  }
  const special = interp.builtinSpecial(o.type, '__iter__');
  if (special) return interp.callWith(special, [o], null, interp.frame) as PyIterator;
  if (o instanceof PyInstance) return instanceIter(interp, o);
  lateCore(interp).refuseUnmodelledWeak(interp, 'iterating', o);
  return interp.raise('TypeError', `'${o.type.name}' object is not iterable`);
}

/**
 * A class's own `__iter__` (slot_tp_iter): its result must be an iterator: one the built-ins or a
 * generator give, or an instance of a class with its own `__next__`. The old sequence protocol
 * (`__getitem__` without `__iter__`) is refused.
 */
function instanceIter(interp: Interpreter, o: PyInstance): IteratorObject {
  const line = interp.frame?.lineno ?? 0;
  const method = lookupTypeAttr(o.type, '__iter__');
  if (!method) {
    if (lookupTypeAttr(o.type, '__getitem__'))
      throw new NotSupported('iterating over a class with __getitem__ and no __iter__', line);
    return interp.raise('TypeError', `'${o.type.name}' object is not iterable`);
  }
  if (method === interp.heap.None)
    return interp.raise('TypeError', `'${o.type.name}' object is not iterable`);
  const f = interp.bind(method, o);
  let r: PyObject;
  try {
    r = interp.callWith(f, [], null, interp.frame);
  } finally {
    interp.heap.decref(f, STACK);
  }
  if (r instanceof PyIterator || r instanceof PyIterObject || r instanceof PyGenerator) return r;
  if (r instanceof PyInstance && isUserIterator(r)) return r;
  const typeName = r.type.name;
  interp.heap.decref(r, STACK);
  return interp.raise('TypeError', `iter() returned non-iterator of type '${typeName}'`);
}

function dictIter(interp: Interpreter, d: PyDict, part: DictPart): PyIterator {
  if (d instanceof PyOrderedDict) return odictIter(interp, d, part);
  const name =
    part === 'keys'
      ? 'dict_keyiterator'
      : part === 'values'
        ? 'dict_valueiterator'
        : 'dict_itemiterator';
  const it = interp.heap.newIterator(d, name, part);
  it.expectedSize = d.size;
  it.remaining = d.size;
  if (part === 'items') it.result = interp.heap.newTuple([interp.heap.none(), interp.heap.none()]);
  return it;
}

/**
 * GET_ITER: `seq` (a new reference) goes on the value stack and is replaced there by its
 * iterator, which holds it; the iterator is returned (borrowed: the stack owns it).
 */
export function getIterOnStack(interp: Interpreter, f: Frame, seq: PyObject): IteratorObject {
  f.stack.push(seq);
  const it = getIter(interp, seq);
  f.stack[f.stack.length - 1] = it;
  interp.heap.decref(seq, STACK);
  return it;
}

/** next(it): a new reference, or null when exhausted (the iterator then drops its sequence). */
export function iterNext(interp: Interpreter, it: IteratorObject): PyObject | null {
  // The built-in iterators first: every `for` over a range, a list or a dict runs one.
  if (it instanceof PyIterator) return builtinIteratorNext(interp, it);
  if (it instanceof PyGenerator) return interp.generatorNext(it);
  if (it instanceof PyInstance) return userIteratorNext(interp, it, true);
  return iterObjectNext(interp, it, (inner) => iterNext(interp, inner as IteratorObject));
}

/** The next item of a built-in sequence's, set's or dict's iterator, or of a generator stand-in. */
function builtinIteratorNext(interp: Interpreter, it: PyIterator): PyObject | null {
  const h = interp.heap;
  const seq = it.seq;
  if (!seq) return null;
  if (it.produce) {
    const produced = it.produce();
    if (produced) return produced;
    h.closeGenerator(it);
    it.seq = null;
    h.decref(seq, it, 'seq');
    return null;
  }
  let item: PyObject | null = null;
  if (seq instanceof PyList || seq instanceof PyTuple) {
    const v = seq.items[it.index];
    if (v) {
      it.index++;
      h.incref(v);
      item = v;
    }
  } else if (seq instanceof PyRange) {
    if (it.index < seq.length) item = h.newInt(rangeItem(seq, it.index++));
  } else if (seq instanceof PyStr) {
    const chars = strChars(seq);
    if (it.index < chars.length) item = h.newStr(chars[it.index++]!);
  } else if (seq instanceof PySet) {
    if (it.snapshot!.length !== seq.members.size) {
      interp.raise('RuntimeError', 'Set changed size during iteration');
    }
    const v = it.snapshot![it.index];
    if (v) {
      it.index++;
      h.incref(v);
      item = v;
    }
  } else if (seq instanceof PyDict) {
    item = nextDictItem(interp, it, seq);
  }
  if (item === null) {
    it.seq = null;
    h.decref(seq, it, 'seq');
  }
  return item;
}

function nextDictItem(interp: Interpreter, it: PyIterator, d: PyDict): PyObject | null {
  const h = interp.heap;
  if (it.expectedSize !== d.size) {
    it.expectedSize = -1;
    interp.raise('RuntimeError', 'dictionary changed size during iteration');
  }
  while (it.index < d.entries.length) {
    const e = d.entries[it.index++];
    if (!e) continue;
    // As many keys given as the dict had, and another found: keys were deleted and added.
    if (it.remaining-- === 0) {
      it.expectedSize = -1;
      interp.raise('RuntimeError', 'dictionary keys changed during iteration');
    }
    if (it.part === 'keys') {
      h.incref(e.key);
      return e.key;
    }
    if (it.part === 'values') {
      h.incref(e.value);
      return e.value;
    }
    return itemTuple(interp, it, e.key, e.value);
  }
  return null;
}

/**
 * An OrderedDict's iterator (odictiter): its keys in the linked list's order; a change of the
 * order or of the size while it runs is a RuntimeError. Items reuse their result tuple as the
 * dict items iterator does.
 */
function odictIter(interp: Interpreter, d: PyOrderedDict, part: DictPart): PyIterator {
  const h = interp.heap;
  const it = h.newIterator(d, 'odict_iterator', part);
  if (part === 'items') it.result = h.newTuple([h.none(), h.none()]);
  const state = d.state;
  const size = d.size;
  // The next node: the list cannot change while the iterator runs (any change bumps `state`).
  let node = d.order.first;
  it.produce = () => {
    if (d.state !== state) interp.raise('RuntimeError', 'OrderedDict mutated during iteration');
    if (d.size !== size) interp.raise('RuntimeError', 'OrderedDict changed size during iteration');
    if (!node) return null;
    const key = node.key;
    node = node.next;
    const value = h.dictGet(d, key)!;
    if (part === 'keys') {
      h.incref(key);
      return key;
    }
    if (part === 'values') {
      h.incref(value);
      return value;
    }
    return itemTuple(interp, it, key, value);
  };
  return it;
}

/** Reuses the iterator's result tuple when only the iterator holds it, else makes a new one. */
function itemTuple(interp: Interpreter, it: PyIterator, key: PyObject, value: PyObject): PyObject {
  const h = interp.heap;
  h.incref(key);
  h.incref(value);
  const result = it.result;
  if (result && result.refcount === 1) {
    const items = result.items as PyObject[];
    const [oldKey, oldValue] = items;
    items[0] = key;
    items[1] = value;
    // A reused tuple is a new value: forget the hash of the old one.
    result.keyCache = null;
    result.hashCache = null;
    h.incref(result);
    h.decref(oldKey!, result, 0);
    h.decref(oldValue!, result, 1);
    return result;
  }
  return h.newTuple([key, value]);
}

/** Every item of an iterable as new references (for list(x), tuple(x), unpacking, ...). */
export function collect(interp: Interpreter, o: PyObject): PyObject[] {
  // A long iteration of a sized object records its events per object, not per item.
  return interp.heap.bulk(lengthHint(o), () => {
    const it = getIter(interp, o);
    const items: PyObject[] = [];
    try {
      for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) items.push(v);
    } catch (e) {
      for (const i of items) interp.heap.decref(i);
      throw e;
    } finally {
      interp.heap.decref(it);
    }
    return items;
  });
}

/** How many items iterating `o` gives, when that is known without running Python; else 0. */
function lengthHint(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyRange) return Number(o.length);
  if (o instanceof PyDict) return o.index.size;
  if (o instanceof PySet) return o.members.size;
  if (o instanceof PyStr) return o.value.length;
  return 0;
}

/** An instance whose class defines `__next__` (tp_iternext is slot_tp_iternext). */
export function isUserIterator(o: PyInstance): boolean {
  return lookupTypeAttr(o.type, '__next__') !== null;
}

/**
 * slot_tp_iternext: the class's `__next__` called with the iterator as its argument (no bound
 * method is made). With `endsAtStop`, a StopIteration it raises ends the iteration (null), as
 * FOR_ITER and list() take it; otherwise it propagates (next()).
 */
export function userIteratorNext(
  interp: Interpreter,
  it: PyInstance,
  endsAtStop: boolean,
): PyObject | null {
  const method = lookupTypeAttr(it.type, '__next__')!;
  try {
    return interp.callWith(method, [it], null, interp.frame);
  } catch (e) {
    const exc = (e as { exc?: PyObject }).exc;
    if (!endsAtStop || !exc || !exc.type.isSubtypeOf(interp.exceptions.get('StopIteration')!))
      throw e;
    interp.releaseError(e as never);
    return null;
  }
}

/**
 * _PySequence_IterSearch: `item in container` for a container without `__contains__` (a class
 * with `__iter__`, an iterator, a generator), by iterating it; an object that cannot be iterated
 * (a TypeError from iter()) is CPython's "argument of type ... is not iterable".
 */
export function iterSearch(interp: Interpreter, container: PyObject, item: PyObject): boolean {
  const h = interp.heap;
  let it: IteratorObject;
  try {
    it = getIter(interp, container);
  } catch (e) {
    const exc = (e as { exc?: PyObject }).exc;
    if (!exc || !exc.type.isSubtypeOf(interp.exceptions.get('TypeError')!)) throw e;
    interp.releaseError(e as never);
    return interp.raise('TypeError', `argument of type '${container.type.name}' is not iterable`);
  }
  try {
    for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) {
      try {
        if (v === item || equals(interp, v, item)) return true;
      } finally {
        h.decref(v);
      }
    }
    return false;
  } finally {
    h.decref(it);
  }
}

/**
 * `get()` on `v`'s items, a TypeError for `v` not being iterable said in the caller's `words`
 * (PySequence_Fast's message: str.join's "can only join an iterable").
 */
export function iteratingAs<T>(interp: Interpreter, v: PyObject, words: string, get: () => T): T {
  try {
    return get();
  } catch (e) {
    if (
      e instanceof PyError &&
      interp.describeException(e.exc) === `TypeError: '${v.type.name}' object is not iterable`
    ) {
      interp.releaseError(e);
      interp.raise('TypeError', words);
    }
    throw e;
  }
}

/**
 * `get()` on a value an assignment unpacks (its iterator, or its items), with UNPACK_SEQUENCE's
 * and UNPACK_EX's words for something that cannot be iterated.
 */
export function forUnpacking<T>(interp: Interpreter, v: PyObject, get: () => T): T {
  return iteratingAs(interp, v, `cannot unpack non-iterable ${v.type.name} object`, get);
}
