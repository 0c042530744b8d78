/**
 * list.sort(*, key=None, reverse=False) as CPython 3.11's list_sort_impl does it, and sorted(),
 * which is list(x) followed by that sort. While it sorts, the list looks empty (its items are
 * held by the sort itself); the key function is called once per item, first to last, before any
 * comparison, and the keys it returns are held until the sort ends, then released in sorted
 * order. `reverse` reverses the items (and keys), sorts stably, and reverses back, so equal items
 * keep their original order either way. An error from the key function leaves the list as it was.
 */
import { PyBool, PyInt, PyList, type PyObject } from '../engine';
import type { Kw } from './builtins';
import type { Interpreter } from './interpreter';
import { orderCompare } from './operators';

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
  if (args.length > 1) interp.raise('TypeError', 'sort() takes no positional arguments');
  sortList(interp, args[0] as PyList, kw);
  return interp.heap.none();
}

/** The reorder itself: a stable sort of positions by their keys, as `<` orders them. */
function sortedOrder(interp: Interpreter, keys: readonly PyObject[]): number[] {
  const n = keys.length;
  // About n log n comparisons.
  interp.charge(n * Math.ceil(Math.log2(n + 1)));
  const order = keys.map((_, i) => i);
  // Array.prototype.sort is stable, as timsort is.
  order.sort((i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    return orderCompare(interp, '<', a, b) ? -1 : orderCompare(interp, '<', b, a) ? 1 : 0;
  });
  return order;
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
  let sorted = false;
  let keysMade = false;
  try {
    if (key) {
      keys = [];
      for (const item of items) keys.push(interp.callWith(key, [item], null, interp.frame));
    }
    keysMade = true;
    if (reverse && n > 1) {
      items = items.slice().reverse();
      keys = keys && keys.slice().reverse();
    }
    const order = sortedOrder(interp, keys ?? items);
    items = order.map((i) => items[i]!);
    if (keys) {
      const k = keys;
      keys = order.map((i) => k[i]!);
    }
    sorted = true;
  } catch (e) {
    failure = e;
  }
  // The keys go in the sort's final order, before the reverse back; after a failing key
  // function, the keys made so far go last to first.
  if (keys && keysMade) for (const k of keys) h.decref(k);
  else if (keys) for (let i = keys.length - 1; i >= 0; i--) h.decref(keys[i]!);
  if (sorted && reverse && n > 1) items = items.slice().reverse();
  // What the list got while it sorted is thrown away, last to first.
  const added = l.items;
  const modified = added.length > 0 || l.allocated !== 0;
  // A failed sort leaves the items in their original order (CPython's partial merges aside).
  l.items = sorted ? items : original;
  if (l.allocated !== 0) h.listSetAllocated(l, savedAllocated);
  else l.allocated = savedAllocated;
  for (let i = added.length - 1; i >= 0; i--) h.decref(added[i]!);
  if (failure) throw failure;
  if (modified) interp.raise('ValueError', 'list modified during sort');
}
