/**
 * list.sort(*, key=None, reverse=False) as CPython 3.11's list_sort_impl does it, and sorted(),
 * which is list(x) followed by that sort. While it sorts, the list looks empty (its items are
 * held by the sort itself); the key function is called once per item, first to last, before any
 * comparison, and the keys it returns are held until the sort ends, then released in sorted
 * order. `reverse` reverses the items (and keys), sorts stably, and reverses back, so equal items
 * keep their original order either way. An error from the key function leaves the list as it was.
 */
import { PyBool, PyInt, PyList, type PyObject } from '../engine';
import type { BuiltinImpl, Kw } from './builtins';
import type { Interpreter } from './interpreter';
import { newListOf } from './coreMethods';
import { orderCompare } from './operators';
import { checkLengthHint } from './rangeObject';

/** The keyword arguments of list.sort, checked as its argument clinic does (in order). */
function sortOptions(interp: Interpreter, kw: Kw): { key: PyObject | null; reverse: boolean } {
  let key: PyObject | null = null;
  let reverse = false;
  for (const [name] of kw ?? []) {
    if (name !== 'key' && name !== 'reverse')
      interp.raise('TypeError', `'${name}' is an invalid keyword argument for sort()`);
  }
  const k = kw?.find(([n]) => n === 'key')?.[1];
  if (k && k !== interp.heap.None) key = k;
  const r = kw?.find(([n]) => n === 'reverse')?.[1];
  if (r) reverse = cIntFlag(interp, r);
  return { key, reverse };
}

/** `reverse` is a C int (_PyLong_AsInt): an int or bool, nothing else. */
function cIntFlag(interp: Interpreter, o: PyObject): boolean {
  if (o instanceof PyBool) return o.value;
  if (!(o instanceof PyInt))
    return interp.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  const v = BigInt(o.value);
  if (v > 2147483647n || v < -2147483648n)
    interp.raise('OverflowError', 'Python int too large to convert to C int');
  return v !== 0n;
}

/** l.sort(...): positional arguments are refused, then the list is sorted in place. */
export function listSortMethod(interp: Interpreter, args: PyObject[], kw: Kw): PyObject {
  if (args.length > 1) {
    // Argument Clinic counts every argument against the two keywords first.
    const given = args.length - 1 + (kw?.length ?? 0);
    if (given > 2) interp.raise('TypeError', `sort() takes at most 2 arguments (${given} given)`);
    interp.raise('TypeError', 'sort() takes no positional arguments');
  }
  sortList(interp, args[0] as PyList, kw);
  return interp.heap.none();
}

/** Reverses a[lo:hi] in place (reverse_slice). */
function reverseRange(a: PyObject[] | null, lo: number, hi: number): void {
  if (!a) return;
  for (let i = lo, j = hi - 1; i < j; i++, j--) [a[i], a[j]] = [a[j]!, a[i]!];
}

/**
 * Sorts `keys` in place, and `values` (when the keys are a key function's) alongside. Below 64
 * items (MIN_MERGE) this is CPython's timsort exactly: count_run, then a binary insertion sort of
 * the rest, so the `<` comparisons happen in CPython's order and a failing one leaves the list
 * as partially sorted as CPython leaves it. Longer lists are sorted stably by the same `<`
 * (the same result, but not CPython's sequence of merges and comparisons).
 */
function sortInPlace(interp: Interpreter, keys: PyObject[], values: PyObject[] | null): void {
  const n = keys.length;
  if (n < 2) return;
  // About n log n comparisons.
  interp.charge(n * Math.ceil(Math.log2(n + 1)));
  const lt = (a: PyObject, b: PyObject) => orderCompare(interp, '<', a, b);
  if (n >= 64) {
    const order = keys.map((_, i) => i);
    // Array.prototype.sort is stable, as timsort is.
    order.sort((i, j) => (lt(keys[i]!, keys[j]!) ? -1 : lt(keys[j]!, keys[i]!) ? 1 : 0));
    const k = keys.slice();
    order.forEach((from, to) => (keys[to] = k[from]!));
    if (values) {
      const v = values.slice();
      order.forEach((from, to) => (values[to] = v[from]!));
    }
    return;
  }
  // count_run: the ascending (or strictly descending, then reversed) run at the start.
  let run = 2;
  if (lt(keys[1]!, keys[0]!)) {
    for (let i = 2; i < n; i++, run++) if (!lt(keys[i]!, keys[i - 1]!)) break;
    reverseRange(keys, 0, run);
    reverseRange(values, 0, run);
  } else {
    for (let i = 2; i < n; i++, run++) if (lt(keys[i]!, keys[i - 1]!)) break;
  }
  // binarysort: each next item goes after the equal ones before it.
  for (let start = run; start < n; start++) {
    const pivot = keys[start]!;
    let l = 0;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p]!)) r = p;
      else l = p + 1;
    } while (l < r);
    keys.splice(start, 1);
    keys.splice(l, 0, pivot);
    if (values) values.splice(l, 0, values.splice(start, 1)[0]!);
  }
}

export function sortList(interp: Interpreter, l: PyList, kw: Kw): void {
  const h = interp.heap;
  const { key, reverse } = sortOptions(interp, kw);
  // The list is emptied while it sorts (ob_item NULL, allocated -1 in CPython).
  const original = l.items;
  let items = original;
  const savedAllocated = l.allocated;
  l.items = [];
  l.allocated = 0;
  const n = items.length;
  let keys: PyObject[] | null = null;
  let failure: unknown = null;
  let keysMade = false;
  try {
    if (key) {
      keys = [];
      for (const item of items) keys.push(interp.callWith(key, [item], null, interp.frame));
    }
    keysMade = true;
    items = items.slice();
    if (reverse && n > 1) {
      items.reverse();
      keys?.reverse();
    }
    sortInPlace(interp, keys ?? items, keys ? items : null);
  } catch (e) {
    failure = e;
  }
  // The keys go in the sort's final order, before the reverse back; after a failing key
  // function, the keys made so far go last to first and the list is as it was.
  if (keys && keysMade) for (const k of keys) h.decref(k);
  else if (keys) for (let i = keys.length - 1; i >= 0; i--) h.decref(keys[i]!);
  if (keysMade && reverse && n > 1) items.reverse();
  // What the list got while it sorted is thrown away, last to first.
  const added = l.items;
  const modified = added.length > 0 || l.allocated !== 0;
  // A failed comparison leaves the items as far as the sort got (CPython's state, below 64).
  l.items = keysMade ? items : original;
  if (l.allocated !== 0) h.listSetAllocated(l, savedAllocated);
  else l.allocated = savedAllocated;
  for (let i = added.length - 1; i >= 0; i--) h.decref(added[i]!);
  if (failure) throw failure;
  if (modified) interp.raise('ValueError', 'list modified during sort');
}

/** sorted(iterable, /, *, key=None, reverse=False): list(iterable), then its sort(...). */
export const SORTED: BuiltinImpl = {
  name: 'sorted',
  call(interp, args, kw) {
    if (args.length !== 1)
      interp.raise('TypeError', `sorted expected 1 argument, got ${args.length}`);
    checkLengthHint(interp, args[0]!);
    const l = newListOf(interp, args[0]!);
    try {
      sortList(interp, l, kw);
    } catch (e) {
      interp.heap.decref(l);
      throw e;
    }
    return l;
  },
};
