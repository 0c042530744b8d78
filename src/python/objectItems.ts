/**
 * `o[k]`, `o[k] = v`, `del o[k]` for lists, tuples, strs, dicts and ranges, with slices. Operands
 * are borrowed; getItem returns a new reference. This loads with the library (lateCore.ts; the
 * app's setup subscripts nothing): the core reaches it through subscript.ts.
 */
import { indexSized } from './cSize';
import { rangeSubscript } from './rangeObject';
import {
  PyBool,
  PyCounter,
  PyDict,
  PyInt,
  PyInstance,
  PyList,
  PyObject,
  PyRange,
  PySlice,
  PyStr,
  PyTuple,
  strKindOf,
  type PyType,
  strChars,
} from '../engine';
import { reserveItems, reserveStr } from './allocation';
import type { Interpreter } from './interpreter';
import { refuseUnmodelledWeak } from './unmodelledWeak';
import { asIndex, builtinSpecial, refuseUserIndex } from './methods';
import { assignListSlice } from './listSlices';
import { sliceIndices, sliceLength } from './slices';
import { lookupTypeAttr } from './typeAttr';

function raiseKeyError(interp: Interpreter, key: PyObject): never {
  const t = interp.exceptions.get('KeyError')!;
  return interp.raiseObject(interp.callWith(t, [key], null, interp.frame));
}

/** A normalised index into a sequence of `length`, or an IndexError. */
function seqIndex(interp: Interpreter, k: PyObject, length: number, what: string): number {
  if (k instanceof PyInt) indexSized(interp, k.value, 'IndexError');
  let i = asIndex(interp, k, `${what} indices`);
  if (i < 0) i += length;
  if (i < 0 || i >= length) interp.raise('IndexError', `${what} index out of range`);
  return i;
}

function sliceOf<T>(interp: Interpreter, items: ArrayLike<T>, s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(interp, s, items.length);
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]!);
  else for (let i = start; i > stop; i += step) out.push(items[i]!);
  return out;
}

export function getItem(interp: Interpreter, o: PyObject, k: PyObject): PyObject {
  const h = interp.heap;
  if (o instanceof PyList || o instanceof PyTuple) {
    const what = o instanceof PyList ? 'list' : 'tuple';
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(interp, k, o.items.length);
      // tuplesubscript: a tuple's whole, in order, is the tuple itself.
      if (o instanceof PyTuple && start === 0 && step === 1 && stop >= o.items.length) {
        h.incref(o);
        return o;
      }
      reserveItems(interp, sliceLength(start, stop, step), 8);
      const items = sliceOf(interp, o.items, k);
      return h.bulk(items.length, () => {
        for (const i of items) h.incref(i);
        return o instanceof PyList ? h.newList(items) : h.newTuple(items);
      });
    }
    const v = o.items[seqIndex(interp, k, o.items.length, what)]!;
    h.incref(v);
    return v;
  }
  if (o instanceof PyDict) {
    const v = interp.hashGuard(() => h.dictGet(o, k));
    if (!v) {
      // dict_subscript: a dict subclass's __missing__ (defaultdict) answers for a missing key.
      const missing =
        o.type === h.types.dict ? undefined : builtinSpecial(interp, o.type, '__missing__');
      if (missing) return interp.callWith(missing, [o, k], null, interp.frame);
      raiseKeyError(interp, k);
    }
    h.incref(v);
    return v;
  }
  if (o instanceof PyStr) {
    const chars = strChars(o);
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(interp, k, chars.length);
      // unicode_subscript: the whole str, in order, is the str itself.
      if (start === 0 && step === 1 && stop >= chars.length) {
        h.incref(o);
        return o;
      }
      reserveStr(interp, strKindOf(o), sliceLength(start, stop, step));
      return h.newStr(sliceOf(interp, chars, k).join(''));
    }
    if (!(k instanceof PyInt) && !(k instanceof PyBool)) {
      refuseUserIndex(interp, k, 'string indices');
      interp.raise('TypeError', `string indices must be integers, not '${k.type.name}'`);
    }
    return h.newStr(chars[seqIndex(interp, k, chars.length, 'string')]!);
  }
  if (o instanceof PyRange) return rangeSubscript(interp, o, k);
  if (o instanceof PyInstance) {
    const m = lookupTypeAttr(o.type, '__getitem__');
    if (m) return interp.callWith(m, [o, k], null, interp.frame);
  }
  const special = builtinSpecial(interp, o.type, '__getitem__');
  if (special) return interp.callWith(special, [o, k], null, interp.frame);
  refuseUnmodelledWeak(interp, 'a subscript', o);
  return interp.raise('TypeError', `'${o.type.name}' object is not subscriptable`);
}

export function setItem(interp: Interpreter, o: PyObject, k: PyObject, v: PyObject): void {
  const h = interp.heap;
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      assignListSlice(interp, o, k, v);
      return;
    }
    h.listSet(o, seqIndex(interp, k, o.items.length, 'list assignment'), v);
    return;
  }
  if (o instanceof PyDict) {
    interp.hashGuard(() => h.dictSet(o, k, v));
    return;
  }
  if (o instanceof PyInstance) {
    const m = lookupTypeAttr(o.type, '__setitem__');
    if (m) {
      h.decref(interp.callWith(m, [o, k, v], null, interp.frame));
      return;
    }
  }
  const special = builtinSpecial(interp, o.type, '__setitem__');
  if (special) {
    h.decref(interp.callWith(special, [o, k, v], null, interp.frame));
    return;
  }
  interp.raise('TypeError', `'${o.type.name}' object does not support item assignment`);
}

export function deleteItem(interp: Interpreter, o: PyObject, k: PyObject): void {
  const h = interp.heap;
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      assignListSlice(interp, o, k, null);
      return;
    }
    h.listDelete(o, seqIndex(interp, k, o.items.length, 'list assignment'));
    return;
  }
  if (o instanceof PyDict) {
    const deleted = interp.hashGuard(() => h.dictDelete(o, k));
    // Counter.__delitem__: "does not raise KeyError for missing values".
    if (!deleted && !(o instanceof PyCounter)) raiseKeyError(interp, k);
    return;
  }
  const special = builtinSpecial(interp, o.type, '__delitem__');
  if (special) {
    h.decref(interp.callWith(special, [o, k], null, interp.frame));
    return;
  }
  // PyObject_DelItem: an int key into a type with sequence slots fails in PySequence_DelItem,
  // with its own wording; anything else with PyObject_DelItem's.
  const isIndex = k instanceof PyInt || k instanceof PyBool || lookupTypeAttr(k.type, '__index__');
  const verb = isIndex && hasSequenceSlots(o.type) ? "doesn't" : 'does not';
  interp.raise('TypeError', `'${o.type.name}' object ${verb} support item deletion`);
}

/** The built-in types with tp_as_sequence that reach deleteItem (a Python class has it too). */
const SEQUENCE_SLOT_TYPES = new Set([
  'tuple',
  'str',
  'range',
  'set',
  'frozenset',
  'mappingproxy',
  'dict_keys',
  'dict_values',
  'dict_items',
]);

function hasSequenceSlots(t: PyType): boolean {
  return t.isHeapType || SEQUENCE_SLOT_TYPES.has(t.name);
}
