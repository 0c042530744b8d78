/**
 * list.copy(), list.reverse(), dict.popitem() and dict.fromkeys() as CPython 3.11 runs them:
 * copy() is a slice of the whole list (exactly its items' slots), reverse() moves no reference,
 * popitem() moves the last entry's references into a new pair, fromkeys() sizes its table up
 * front for a dict or set of keys (dictresize to estimate_log2_keysize) and otherwise sets each
 * key in turn. fromkeys is a class method: on dict's subclasses (whose instances it would make)
 * it is refused.
 */
import { PyDict, PySet, dictLog2For, dictSize, dictUsable, type PyList } from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';
import { getIter, iterNext } from './iteration';
import { classMethod, type MethodFn } from './methods';
import { noArguments } from './argumentChecks';

export const LIST_METHODS: Record<string, MethodFn> = {
  copy(interp, args, kw) {
    noArguments(interp, 'list.copy', args, kw);
    const items = (args[0] as PyList).items.slice();
    for (const v of items) interp.heap.incref(v);
    return interp.heap.newList(items);
  },
  reverse(interp, args, kw) {
    noArguments(interp, 'list.reverse', args, kw);
    (args[0] as PyList).items.reverse();
    return interp.heap.none();
  },
};

/** dict.popitem(): the last entry, its key and value references moved into a new tuple. */
const popitem: MethodFn = (interp, args, kw) => {
  noArguments(interp, 'dict.popitem', args, kw);
  const h = interp.heap;
  const d = args[0] as PyDict;
  // An instance's split __dict__ is made combined first: not modelled.
  if (d.splitOf || d.sharedKeys)
    throw new NotSupported("popitem() of an instance's __dict__", interp.frame?.lineno ?? 0);
  let i = d.entries.length - 1;
  while (i >= 0 && !d.entries[i]) i--;
  if (i < 0) interp.raise('KeyError', 'popitem(): dictionary is empty');
  const { key, value } = d.entries[i]!;
  h.incref(key);
  h.incref(value);
  h.dictDelete(d, key);
  // dk_nentries goes back to the popped entry's place.
  d.entries.length = Math.min(d.entries.length, i);
  return h.newTuple([key, value]);
};

/** estimate_log2_keysize: the table dict_merge and fromkeys size for `n` keys. */
function presize(interp: Interpreter, d: PyDict, n: number, unicode: boolean): void {
  d.keysLog2 = dictLog2For(Math.floor((n * 3 + 1) / 2));
  d.keysUsable = dictUsable(d.keysLog2);
  d.keysUnicode = unicode;
  interp.heap.resized(d, dictSize(d.keysLog2, unicode));
}

/** dict.fromkeys(iterable, value=None, /). */
const fromkeys: MethodFn = (interp, args, kw) => {
  const h = interp.heap;
  if (kw && kw.length) interp.raise('TypeError', 'dict.fromkeys() takes no keyword arguments');
  if (args.length < 1)
    interp.raise('TypeError', `fromkeys expected at least 1 argument, got ${args.length}`);
  if (args.length > 2)
    interp.raise('TypeError', `fromkeys expected at most 2 arguments, got ${args.length}`);
  const iterable = args[0]!;
  const value = args[1] ?? h.None;
  const d = h.newDict();
  try {
    if (iterable instanceof PyDict && iterable.type === h.types.dict) {
      presize(interp, d, iterable.size, iterable.keysUnicode);
      for (const e of [...iterable.liveEntries()]) h.dictSet(d, e.key, value);
    } else if (iterable instanceof PySet && iterable.type === h.types.set) {
      presize(interp, d, iterable.table.used, false);
      for (const k of iterable.ordered()) h.dictSet(d, k, value);
    } else {
      const it = getIter(interp, iterable);
      try {
        for (let k = iterNext(interp, it); k; k = iterNext(interp, it)) {
          try {
            interp.hashGuard(() => h.dictSet(d, k, value));
          } finally {
            h.decref(k);
          }
        }
      } finally {
        h.decref(it);
      }
    }
  } catch (e) {
    h.decref(d);
    throw e;
  }
  return d;
};

export const DICT_METHODS: Record<string, MethodFn> = {
  popitem,
  fromkeys: classMethod(fromkeys),
};

/** fromkeys of dict's subclasses would make their own instances: refused by name. */
function refusedFromkeys(typeName: string): Record<string, MethodFn> {
  return {
    fromkeys: classMethod((interp) => {
      throw new NotSupported(`${typeName}.fromkeys()`, interp.frame?.lineno ?? 0);
    }),
  };
}

export const DICT_SUBCLASS_METHODS: Record<string, Record<string, MethodFn>> = {
  OrderedDict: refusedFromkeys('OrderedDict'),
  defaultdict: refusedFromkeys('defaultdict'),
  Counter: refusedFromkeys('Counter'),
};
