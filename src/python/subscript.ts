/**
 * `o[k]`, `o[k] = v`, `del o[k]` for lists, tuples, strs, dicts and ranges, with slices. Operands
 * are borrowed; getItem returns a new reference.
 */
import { indexSized } from './cSize';
import { rangeSubscript } from './rangeObject';
import {
  PyBool,
  PyDict,
  PyInt,
  PyInstance,
  PyList,
  PyNone,
  PyObject,
  PyRange,
  PySlice,
  PyStr,
  PyTuple,
  strKindOf,
} from '../engine';
import { reserveItems, reserveStr } from './allocation';
import type { Interpreter } from './interpreter';
import { asIndex, builtinSpecial, lookupTypeAttr } from './methods';

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

/** start, stop, step of a slice over `length` items, as PySlice_AdjustIndices computes them. */
export function sliceIndices(
  interp: Interpreter,
  s: PySlice,
  length: number,
): [number, number, number] {
  const num = (o: PyObject, d: number) =>
    o instanceof PyNone ? d : asIndex(interp, o, 'slice indices');
  const step = num(s.step, 1);
  if (step === 0) interp.raise('ValueError', 'slice step cannot be zero');
  const clamp = (v: number, lo: number, hi: number) =>
    v < 0 ? Math.max(v + length, lo) : Math.min(v, hi);
  const start =
    s.start instanceof PyNone
      ? step > 0
        ? 0
        : length - 1
      : clamp(num(s.start, 0), step > 0 ? 0 : -1, step > 0 ? length : length - 1);
  const stop =
    s.stop instanceof PyNone
      ? step > 0
        ? length
        : -1
      : clamp(num(s.stop, 0), step > 0 ? 0 : -1, step > 0 ? length : length - 1);
  return [start, stop, step];
}

/** How many items a slice picks (PySlice_AdjustIndices' result). */
function sliceLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

function sliceOf<T>(interp: Interpreter, items: readonly T[], s: PySlice): T[] {
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
    const chars = [...o.value];
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(interp, k, chars.length);
      reserveStr(interp, strKindOf(o), sliceLength(start, stop, step));
      return h.newStr(sliceOf(interp, chars, k).join(''));
    }
    if (!(k instanceof PyInt) && !(k instanceof PyBool)) {
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
  return interp.raise('TypeError', `'${o.type.name}' object is not subscriptable`);
}

export function setItem(interp: Interpreter, o: PyObject, k: PyObject, v: PyObject): void {
  const h = interp.heap;
  if (o instanceof PyList) {
    if (k instanceof PySlice)
      interp.raise('TypeError' as never, 'slice assignment is not supported by Heapscope');
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
      const [start, stop, step] = sliceIndices(interp, k, o.items.length);
      const doomed: number[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) doomed.push(i);
      else for (let i = start; i > stop; i += step) doomed.push(i);
      const removed = new Set(doomed);
      const gone = o.items.filter((_, i) => removed.has(i));
      o.items = o.items.filter((_, i) => !removed.has(i));
      h.listResize(o, o.items.length);
      h.bulk(gone.length, () => {
        for (const g of gone) h.decref(g, o);
      });
      return;
    }
    h.listDelete(o, seqIndex(interp, k, o.items.length, 'list assignment'));
    return;
  }
  if (o instanceof PyDict) {
    if (!interp.hashGuard(() => h.dictDelete(o, k))) raiseKeyError(interp, k);
    return;
  }
  const special = builtinSpecial(interp, o.type, '__delitem__');
  if (special) {
    h.decref(interp.callWith(special, [o, k], null, interp.frame));
    return;
  }
  interp.raise('TypeError', `'${o.type.name}' object doesn't support item deletion`);
}
