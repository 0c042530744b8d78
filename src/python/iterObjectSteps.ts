/**
 * next() of the builtins' iterator objects (enumerate, zip, map, filter, reversed,
 * list_reverseiterator), step by step as CPython 3.11's tp_iternext functions. enumerate and zip
 * hand out the same result tuple again while nobody else holds it (so the items of the previous
 * step stay referenced by that tuple until the next one), and never drop their iterators; map and
 * filter call their function with borrowed items; reversed and list_reverseiterator drop their
 * sequence once done. `step` is iterNext of the inner iterators (iteration.ts passes it in).
 *
 * This loads with the library (the app's setup makes no iterator object): the core reaches it
 * through iterObjects.ts.
 */
import { PyList, PyStr, PyTuple, strChars, type PyIterObject, type PyObject } from '../engine';
import type { Interpreter } from './interpreter';
import { truthy } from './operators';
import type { Step } from './iterObjects';

export function iterObjectNext(interp: Interpreter, o: PyIterObject, step: Step): PyObject | null {
  switch (o.kind) {
    case 'enumerate':
      return enumerateNext(interp, o, step);
    case 'zip':
      return zipNext(interp, o, step);
    case 'map':
      return mapNext(interp, o, step);
    case 'filter':
      return filterNext(interp, o, step);
    case 'reversed':
    case 'list_reverseiterator':
      return reversedNext(interp, o);
  }
}

/** Puts new references into a result tuple nobody else holds, releasing the old items. */
function refill(interp: Interpreter, result: PyTuple, i: number, item: PyObject): void {
  const items = result.items as PyObject[];
  const old = items[i]!;
  items[i] = item;
  // A reused tuple is a new value: forget the hash of the old one.
  result.keyCache = null;
  result.hashCache = null;
  interp.heap.decref(old, result, i);
}

/** The collector may have untracked the tuple (all its items atomic): recycled, it is tracked. */
function retrack(interp: Interpreter, result: PyTuple): void {
  if (result.gcHandle === 0) interp.heap.gc.track(result);
}

function enumerateNext(interp: Interpreter, o: PyIterObject, step: Step): PyObject | null {
  const h = interp.heap;
  const item = step(o.fields[0]!);
  if (!item) return null;
  const index = h.newInt(o.index++);
  const result = o.fields[1] as PyTuple;
  if (result.refcount === 1) {
    h.incref(result);
    const [oldIndex, oldItem] = result.items as PyObject[];
    const items = result.items as PyObject[];
    items[0] = index;
    items[1] = item;
    result.keyCache = null;
    result.hashCache = null;
    h.decref(oldIndex!, result, 0);
    h.decref(oldItem!, result, 1);
    retrack(interp, result);
    return result;
  }
  return h.newTuple([index, item]);
}

function zipNext(interp: Interpreter, o: PyIterObject, step: Step): PyObject | null {
  const h = interp.heap;
  const iters = (o.fields[0] as PyTuple).items;
  if (iters.length === 0) return null;
  const result = o.fields[1] as PyTuple;
  if (result.refcount === 1) {
    h.incref(result);
    for (let i = 0; i < iters.length; i++) {
      const item = step(iters[i]!);
      if (!item) {
        h.decref(result);
        return o.strict ? zipStrictCheck(interp, iters, i, step) : null;
      }
      refill(interp, result, i, item);
    }
    retrack(interp, result);
    return result;
  }
  const items: PyObject[] = [];
  for (let i = 0; i < iters.length; i++) {
    const item = step(iters[i]!);
    if (!item) {
      for (let j = items.length - 1; j >= 0; j--) h.decref(items[j]!);
      return o.strict ? zipStrictCheck(interp, iters, i, step) : null;
    }
    items.push(item);
  }
  return h.newTuple(items);
}

/** zip(strict=True) after iterator `i` ran out: were the others exhausted too? */
function zipStrictCheck(
  interp: Interpreter,
  iters: readonly PyObject[],
  i: number,
  step: Step,
): null {
  const plural = (k: number) => (k === 1 ? ' ' : 's 1-');
  if (i > 0)
    interp.raise('ValueError', `zip() argument ${i + 1} is shorter than argument${plural(i)}${i}`);
  for (let k = 1; k < iters.length; k++) {
    const item = step(iters[k]!);
    if (item) {
      interp.heap.decref(item);
      interp.raise('ValueError', `zip() argument ${k + 1} is longer than argument${plural(k)}${k}`);
    }
  }
  return null;
}

function mapNext(interp: Interpreter, o: PyIterObject, step: Step): PyObject | null {
  const h = interp.heap;
  const iters = (o.fields[0] as PyTuple).items;
  const args: PyObject[] = [];
  try {
    for (const it of iters) {
      const v = step(it);
      if (!v) return null;
      args.push(v);
    }
    return interp.callWith(o.fields[1]!, args, null, interp.frame);
  } finally {
    for (const a of args) h.decref(a);
  }
}

function filterNext(interp: Interpreter, o: PyIterObject, step: Step): PyObject | null {
  const h = interp.heap;
  const func = o.fields[0]!;
  // filter(None, ...) and filter(bool, ...) test the items themselves.
  const checkTrue = func === h.None || func === h.types.bool;
  for (;;) {
    const item = step(o.fields[1]!);
    if (!item) return null;
    let ok: boolean;
    try {
      if (checkTrue) ok = truthy(interp, item);
      else {
        const good = interp.callWith(func, [item], null, interp.frame);
        try {
          ok = truthy(interp, good);
        } finally {
          h.decref(good);
        }
      }
    } catch (e) {
      h.decref(item);
      throw e;
    }
    if (ok) return item;
    h.decref(item);
  }
}

/** reversed over a tuple or str, list_reverseiterator over a list: index down to 0, then done. */
function reversedNext(interp: Interpreter, o: PyIterObject): PyObject | null {
  const h = interp.heap;
  const seq = o.fields[0];
  if (seq && o.index >= 0) {
    if (seq instanceof PyList || seq instanceof PyTuple) {
      const v = seq.items[o.index];
      if (v) {
        o.index--;
        h.incref(v);
        return v;
      }
    } else if (seq instanceof PyStr) {
      const c = strChars(seq)[o.index];
      if (c !== undefined) {
        o.index--;
        return h.newStr(c);
      }
    }
  }
  o.index = -1;
  if (seq) {
    o.fields[0] = null;
    h.decref(seq, o, o.kind === 'reversed' ? 'seq' : 'it_seq');
  }
  return null;
}
