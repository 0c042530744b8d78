/**
 * collections.deque's methods as Modules/_collectionsmodule.c runs them: an append past maxlen
 * releases the item it pushes out at once (so its `__del__` runs inside the append), clear()
 * empties the deque before releasing the items left to right, an iterator raises RuntimeError
 * once the deque changed (rotate counts as a change, item assignment does not).
 */
import { dequeSize, PyBool, PyDeque, PyInt, PyIterator, type PyObject } from '../../engine';
import type { Kw } from '../builtins';
import type { Interpreter } from '../interpreter';
import { ssizeArgument } from '../cSize';
import { getIter, iterNext } from '../iteration';
import { registerTypeMethods, type MethodFn } from '../methods';
import { equals } from '../operators';
import { hexAddress, repr } from '../objectRepr';
import { staticType } from './weakrefObjects';

function arity(interp: Interpreter, name: string, args: PyObject[], kw: Kw, n: 0 | 1): void {
  if (kw?.length) interp.raise('TypeError', `deque.${name}() takes no keyword arguments`);
  const given = args.length - 1;
  if (given === n) return;
  interp.raise(
    'TypeError',
    n === 0
      ? `deque.${name}() takes no arguments (${given} given)`
      : `deque.${name}() takes exactly one argument (${given} given)`,
  );
}

/** deque_append_internal: the item goes in (stolen), then an item past maxlen leaves the left. */
export function dequeAppend(interp: Interpreter, d: PyDeque, item: PyObject): void {
  const h = interp.heap;
  d.push(item);
  d.noteAppend();
  h.resized(d, dequeSize(d));
  if (d.maxlen !== null && d.length > d.maxlen) h.decref(popLeft(interp, d));
}

function appendLeft(interp: Interpreter, d: PyDeque, item: PyObject): void {
  const h = interp.heap;
  d.unshift(item);
  d.noteAppendLeft();
  h.resized(d, dequeSize(d));
  if (d.maxlen !== null && d.length > d.maxlen) h.decref(pop(interp, d));
}

/** A new reference moved out of the deque. */
function pop(interp: Interpreter, d: PyDeque): PyObject {
  if (!d.length) interp.raise('IndexError', 'pop from an empty deque');
  const item = d.pop();
  d.notePop();
  interp.heap.resized(d, dequeSize(d));
  return item;
}

function popLeft(interp: Interpreter, d: PyDeque): PyObject {
  if (!d.length) interp.raise('IndexError', 'pop from an empty deque');
  const item = d.shift();
  d.notePopLeft();
  interp.heap.resized(d, dequeSize(d));
  return item;
}

/** deque_extend / deque_extendleft: item by item as the iterator gives them. */
function extend(interp: Interpreter, d: PyDeque, iterable: PyObject, left: boolean): void {
  const h = interp.heap;
  if (iterable === d) {
    // Extending a deque by itself extends it by a copy (a list) of its items.
    const copy = h.newList(d.items.map((x) => (h.incref(x), x)));
    try {
      extend(interp, d, copy, left);
    } finally {
      h.decref(copy);
    }
    return;
  }
  const it = getIter(interp, iterable);
  try {
    if (d.maxlen === 0) {
      // consume_iterator: each item is taken and dropped.
      for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) h.decref(v);
      return;
    }
    if (!d.length) {
      // The space-saving heuristic: an empty deque starts filling from the block's end.
      d.leftindex = left ? 63 : 1;
      d.rightindex = left ? 62 : 0;
    }
    for (let v = iterNext(interp, it); v; v = iterNext(interp, it)) {
      if (left) appendLeft(interp, d, v);
      else dequeAppend(interp, d, v);
    }
  } finally {
    h.decref(it);
  }
}

/** _deque_rotate: n steps right (left when negative), the block indices moving item by item. */
/**
 * rotate's Py_ssize_t, reduced modulo the length as _deque_rotate reduces a long rotation: exact
 * even past 2**53, where a JavaScript number would round it.
 */
function rotateSteps(interp: Interpreter, o: PyObject, len: number): number {
  ssizeArgument(interp, o);
  const v = o instanceof PyInt ? o.value : +(o as PyBool).value;
  return typeof v === 'bigint' && len > 0 ? Number(v % BigInt(len)) : Number(v);
}

function rotate(d: PyDeque, n: number): void {
  const len = d.length;
  if (len <= 1) return;
  const half = len >> 1;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  if (n === 0) return;
  d.state++;
  const steps = Math.abs(n);
  for (let i = 0; i < steps; i++) {
    if (n > 0) {
      d.unshift(d.pop());
      if (d.leftindex === 0) d.leftindex = 64;
      d.leftindex--;
      d.rightindex--;
      if (d.rightindex < 0) d.rightindex = 63;
    } else {
      d.push(d.shift());
      if (d.rightindex === 63) d.rightindex = -1;
      d.rightindex++;
      d.leftindex++;
      if (d.leftindex === 64) d.leftindex = 0;
    }
  }
}

/** deque_clear: the deque is empty first, then the items are released left to right. */
export function dequeClear(interp: Interpreter, d: PyDeque): void {
  const h = interp.heap;
  const items = d.takeAll();
  d.recenter();
  d.state++;
  h.resized(d, dequeSize(d));
  for (const x of items) h.decref(x, d);
}

/** An index as deque_item takes it: negative from the right, else "deque index out of range". */
function position(interp: Interpreter, d: PyDeque, k: PyObject): number {
  if (!(k instanceof PyInt) && !(k instanceof PyBool))
    interp.raise('TypeError', `sequence index must be integer, not '${k.type.name}'`);
  let i = ssizeArgument(interp, k);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) interp.raise('IndexError', 'deque index out of range');
  return i;
}

/** The first index of an item equal to `v` in [start, stop), or -1. */
function find(interp: Interpreter, d: PyDeque, v: PyObject, start = 0, stop = Infinity): number {
  const state = d.state;
  const n = d.length;
  for (let i = Math.max(0, start); i < Math.min(n, stop); i++) {
    const item = d.at(i);
    interp.heap.incref(item);
    let same: boolean;
    try {
      same = equals(interp, item, v);
    } finally {
      interp.heap.decref(item);
    }
    if (d.state !== state || d.length !== n)
      interp.raise('RuntimeError', 'deque mutated during iteration');
    if (same) return i;
  }
  return -1;
}

export function dequeRepr(interp: Interpreter, d: PyDeque, inProgress: Set<PyObject>): string {
  if (inProgress.has(d)) return '[...]';
  inProgress.add(d);
  const h = interp.heap;
  // PySequence_List(deque): the items' repr is the repr of a new list of them.
  const list = h.newList(d.items.map((x) => (h.incref(x), x)));
  try {
    const items = repr(interp, list);
    return d.maxlen === null
      ? `${d.type.name}(${items})`
      : `${d.type.name}(${items}, maxlen=${d.maxlen})`;
  } finally {
    h.decref(list);
    inProgress.delete(d);
  }
}

export function registerDeque(interp: Interpreter) {
  const h = interp.heap;
  const dequeType = staticType(interp, 'deque', null, 'collections');
  const iterType = staticType(interp, '_deque_iterator', null, '_collections');
  dequeType.cName = 'collections.deque';
  iterType.cName = '_collections._deque_iterator';
  const inRepr = new Set<PyObject>();
  const self = (args: PyObject[]) => args[0] as PyDeque;
  const methods: Record<string, MethodFn> = {
    __new__(interp, args, kw) {
      if (args.length + (kw?.length ?? 0) > 2)
        interp.raise(
          'TypeError',
          `deque() takes at most 2 arguments (${args.length + (kw?.length ?? 0)} given)`,
        );
      let iterable: PyObject | null = args[0] ?? null;
      let maxlenArg: PyObject | null = args[1] ?? null;
      for (const [name, v] of kw ?? []) {
        if (name === 'iterable' && !args[0]) iterable = v;
        else if (name === 'maxlen' && !args[1]) maxlenArg = v;
        else if (name === 'iterable' || name === 'maxlen')
          interp.raise(
            'TypeError',
            `argument for deque() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`,
          );
        else interp.raise('TypeError', `'${name}' is an invalid keyword argument for deque()`);
      }
      let maxlen: number | null = null;
      if (maxlenArg && maxlenArg !== h.None) {
        if (!(maxlenArg instanceof PyInt) && !(maxlenArg instanceof PyBool))
          interp.raise('TypeError', 'an integer is required');
        maxlen = ssizeArgument(interp, maxlenArg);
        if (maxlen < 0) interp.raise('ValueError', 'maxlen must be non-negative');
      }
      const d = h.track(new PyDeque(h.allocAddress(0x290), dequeType, maxlen), 760);
      if (iterable) {
        try {
          extend(interp, d, iterable, false);
        } catch (e) {
          h.decref(d);
          throw e;
        }
      }
      return d;
    },
    append(interp, args, kw) {
      arity(interp, 'append', args, kw, 1);
      h.incref(args[1]!);
      dequeAppend(interp, self(args), args[1]!);
      return h.none();
    },
    appendleft(interp, args, kw) {
      arity(interp, 'appendleft', args, kw, 1);
      h.incref(args[1]!);
      appendLeft(interp, self(args), args[1]!);
      return h.none();
    },
    pop(interp, args, kw) {
      arity(interp, 'pop', args, kw, 0);
      return pop(interp, self(args));
    },
    popleft(interp, args, kw) {
      arity(interp, 'popleft', args, kw, 0);
      return popLeft(interp, self(args));
    },
    extend(interp, args, kw) {
      arity(interp, 'extend', args, kw, 1);
      extend(interp, self(args), args[1]!, false);
      return h.none();
    },
    extendleft(interp, args, kw) {
      arity(interp, 'extendleft', args, kw, 1);
      extend(interp, self(args), args[1]!, true);
      return h.none();
    },
    clear(interp, args, kw) {
      arity(interp, 'clear', args, kw, 0);
      dequeClear(interp, self(args));
      return h.none();
    },
    rotate(interp, args, kw) {
      if (kw?.length) interp.raise('TypeError', 'deque.rotate() takes no keyword arguments');
      if (args.length > 2)
        interp.raise('TypeError', `rotate expected at most 1 argument, got ${args.length - 1}`);
      const d = self(args);
      rotate(d, args[1] ? rotateSteps(interp, args[1], d.length) : 1);
      return h.none();
    },
    count(interp, args, kw) {
      arity(interp, 'count', args, kw, 1);
      const d = self(args);
      let n = 0;
      for (let i = find(interp, d, args[1]!); i >= 0; i = find(interp, d, args[1]!, i + 1)) n++;
      return h.newInt(n);
    },
    index(interp, args, kw) {
      if (kw?.length) interp.raise('TypeError', 'deque.index() takes no keyword arguments');
      if (args.length < 2 || args.length > 4)
        interp.raise(
          'TypeError',
          args.length < 2
            ? `index expected at least 1 argument, got ${args.length - 1}`
            : `index expected at most 3 arguments, got ${args.length - 1}`,
        );
      const d = self(args);
      const n = d.length;
      const bound = (o: PyObject | undefined, dflt: number) => {
        if (!o) return dflt;
        let v = ssizeArgument(interp, o);
        if (v < 0) v = Math.max(0, v + n);
        return Math.min(v, n);
      };
      const i = find(interp, d, args[1]!, bound(args[2], 0), bound(args[3], n));
      if (i < 0) interp.raise('ValueError', `${repr(interp, args[1]!)} is not in deque`);
      return h.newInt(i);
    },
    remove(interp, args, kw) {
      arity(interp, 'remove', args, kw, 1);
      const d = self(args);
      const i = find(interp, d, args[1]!);
      if (i < 0) interp.raise('ValueError', `${repr(interp, args[1]!)} is not in deque`);
      // deque_del_item: rotate the item to the left end, pop it, rotate back.
      rotate(d, -i);
      const item = popLeft(interp, d);
      rotate(d, i);
      h.decref(item, d);
      return h.none();
    },
    reverse(interp, args, kw) {
      arity(interp, 'reverse', args, kw, 0);
      const d = self(args);
      d.reverse();
      d.state++;
      return h.none();
    },
    copy(interp, args, kw) {
      arity(interp, 'copy', args, kw, 0);
      const d = self(args);
      const c = h.track(new PyDeque(h.allocAddress(0x290), dequeType, d.maxlen), 760);
      // deque_copy: one item is appended; more go through deque_extend, whose space-saving
      // heuristic starts an empty deque at its block's left end (sys.getsizeof shows it).
      if (d.length === 1) {
        h.incref(d.at(0));
        dequeAppend(interp, c, d.at(0));
      } else {
        try {
          extend(interp, c, d, false);
        } catch (e) {
          h.decref(c);
          throw e;
        }
      }
      return c;
    },
    insert(interp, args, kw) {
      if (kw?.length) interp.raise('TypeError', 'deque.insert() takes no keyword arguments');
      if (args.length !== 3)
        interp.raise('TypeError', `insert expected 2 arguments, got ${args.length - 1}`);
      const d = self(args);
      const n = d.length;
      if (d.maxlen !== null && n >= d.maxlen)
        interp.raise('IndexError', 'deque already at its maximum size');
      let i = ssizeArgument(interp, args[1]!);
      if (i < 0) i = Math.max(0, i + n);
      i = Math.min(i, n);
      h.incref(args[2]!);
      if (i >= n) dequeAppend(interp, d, args[2]!);
      else if (i <= 0) appendLeft(interp, d, args[2]!);
      else {
        rotate(d, -i);
        appendLeft(interp, d, args[2]!);
        rotate(d, i);
      }
      return h.none();
    },
    maxlen(_interp, args) {
      const m = self(args).maxlen;
      return m === null ? h.none() : h.newInt(m);
    },
    __len__: (_interp, args) => h.newInt(self(args).length),
    __contains__(interp, args) {
      return h.bool(find(interp, self(args), args[1]!) >= 0);
    },
    __getitem__(interp, args) {
      const d = self(args);
      const v = d.at(position(interp, d, args[1]!));
      h.incref(v);
      return v;
    },
    __setitem__(interp, args) {
      const d = self(args);
      const i = position(interp, d, args[1]!);
      const old = d.at(i);
      h.incref(args[2]!, d, i);
      d.setAt(i, args[2]!);
      h.decref(old, d, i);
      return h.none();
    },
    __delitem__(interp, args) {
      const d = self(args);
      const i = position(interp, d, args[1]!);
      rotate(d, -i);
      const item = popLeft(interp, d);
      rotate(d, i);
      h.decref(item, d);
      return h.none();
    },
    __iter__(_interp, args) {
      const d = self(args);
      const it = new PyIterator(h.allocAddress(0x30), iterType, d, null);
      h.incref(d, it, 'seq');
      h.track(it);
      const state = d.state;
      let i = 0;
      it.produce = () => {
        if (d.state !== state) interp.raise('RuntimeError', 'deque mutated during iteration');
        if (i >= d.length) return null;
        const v = d.at(i++);
        h.incref(v);
        return v;
      };
      return it;
    },
    __repr__: (interp, args) => h.newStr(dequeRepr(interp, self(args), inRepr)),
  };
  registerTypeMethods(interp, dequeType, methods, ['maxlen']);
  registerTypeMethods(interp, iterType, {
    __repr__: (_interp, args) =>
      h.newStr(`<_collections._deque_iterator object at ${hexAddress(args[0]!)}>`),
  });
  return { dequeType, iterType };
}
