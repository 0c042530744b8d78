/**
 * set's algebra methods as CPython 3.11's Objects/setobject.c runs them, step for step, because
 * each step is visible: which set is iterated (the smaller one for an intersection), which equal
 * object a result keeps, where each member lands in the new table (the iteration order), the
 * temporary sets made and freed on the way (`intersection_update` swaps the bodies of the set and
 * the result; an argument that is not a set becomes one first where CPython makes one), the order
 * members are released, and `pop()`'s search finger. A frozenset shares the reading methods: a
 * result takes the type of the set it was asked of (make_new_set_basetype), and is sealed (its
 * hash fixed) before the program sees it (frozenset.ts).
 */
import {
  PyDict,
  PyInstance,
  PySet,
  PyTuple,
  hashKey,
  mayBeTracked,
  setSize,
  type PyObject,
} from '../engine';
import { DUMMY, type SetTable } from '../engine/setTable';
import { knownLength, reserveCollection } from './allocation';
import type { Kw } from './builtins';
import type { Interpreter } from './interpreter';
import { getIter, iterNext } from './iteration';
import { setAdd, type MethodFn } from './methods';
import { isFrozenset, newFrozenset, sealed } from './frozenset';
import { checkKey } from './slotHash';

// ---- the table operations of setobject.c the engine's SetTable leaves to its callers ----

/** set_merge's (and a dict update's) one resize up front before `n` more members. */
function reserveFor(t: SetTable<PyObject>, n: number): void {
  if ((t.fill + n) * 5 >= (t.slots.length - 1) * 3) t.resize((t.used + n) * 2);
}

/** After set_difference_update: more than 1/4 of the slots dummies, and they are resized away. */
function compactIfSparse(t: SetTable<PyObject>): void {
  if (t.fill - t.used <= (t.slots.length - 1) >> 2) return;
  t.resize(t.used > 50000 ? t.used * 2 : t.used * 4);
}

/** set_swap_bodies: the tables trade places (each set keeps its pop finger). */
function swapTables(a: SetTable<PyObject>, b: SetTable<PyObject>): void {
  [a.slots, b.slots] = [b.slots, a.slots];
  [a.fill, b.fill] = [b.fill, a.fill];
  [a.used, b.used] = [b.used, a.used];
}

/** set_pop: the first member from the finger on (wrapping), left a dummy; the finger moves past. */
function popMember(s: PySet): PyObject | undefined {
  const t = s.table;
  if (t.used === 0) return undefined;
  const mask = t.slots.length - 1;
  let i = s.finger & mask;
  while (!t.slots[i] || t.slots[i]!.key === DUMMY) i = i === mask ? 0 : i + 1;
  const slot = t.slots[i]!;
  const key = slot.key as PyObject;
  slot.key = DUMMY;
  t.used--;
  s.finger = i + 1;
  return key;
}

function selfSet(args: PyObject[]): PySet {
  return args[0] as PySet;
}

/** A method's name as CPython's errors give it: `set.union`, `frozenset.issubset`. */
function qualified(args: PyObject[], name: string): string {
  return `${isFrozenset(args[0]!) ? 'frozenset' : 'set'}.${name}`;
}

function noKeywords(interp: Interpreter, name: string, args: PyObject[], kw: Kw): void {
  if (kw && kw.length)
    interp.raise('TypeError', `${qualified(args, name)}() takes no keyword arguments`);
}

function noArguments(interp: Interpreter, name: string, args: PyObject[], kw: Kw): void {
  noKeywords(interp, name, args, kw);
  if (args.length > 1)
    interp.raise(
      'TypeError',
      `${qualified(args, name)}() takes no arguments (${args.length - 1} given)`,
    );
}

function exactlyOne(interp: Interpreter, name: string, args: PyObject[], kw: Kw): PyObject {
  noKeywords(interp, name, args, kw);
  if (args.length !== 2)
    interp.raise(
      'TypeError',
      `${qualified(args, name)}() takes exactly one argument (${args.length - 1} given)`,
    );
  return args[1]!;
}

function isExactDict(interp: Interpreter, o: PyObject): o is PyDict {
  return o instanceof PyDict && o.type === interp.heap.types.dict;
}

/** Each item of an iterable in turn (PyIter_Next), until `fn` answers true (stop). */
function eachItem(interp: Interpreter, o: PyObject, fn: (item: PyObject) => boolean | void): void {
  const h = interp.heap;
  const it = getIter(interp, o);
  try {
    for (let item = iterNext(interp, it); item; item = iterNext(interp, it)) {
      let stop: boolean | void;
      try {
        stop = fn(item);
      } finally {
        h.decref(item);
      }
      if (stop) return;
    }
  } finally {
    h.decref(it);
  }
}

/** set_contains_key: hashing the key (its class's __hash__ too) first. */
function contains(interp: Interpreter, s: PySet, v: PyObject): boolean {
  if (v instanceof PyInstance || v instanceof PyTuple) checkKey(interp, v);
  return s.members.has(interp.hashGuard(() => hashKey(v)));
}

/** A member of another set, whose hash is known: set_contains_entry. */
function hasMember(s: PySet, v: PyObject): boolean {
  return s.members.has(hashKey(v));
}

function discard(interp: Interpreter, s: PySet, v: PyObject): boolean {
  return interp.hashGuard(() => interp.heap.setDiscard(s, v));
}

/**
 * set_merge: a table without members or dummies takes the other's layout (copied, or inserted
 * clean after one resize); any other takes one resize up front, then each member in turn.
 */
function merge(interp: Interpreter, s: PySet, other: PySet): void {
  const h = interp.heap;
  if (other === s || other.table.used === 0) return;
  // Its reference events are recorded per object past a few (Heap.bulk), as for list(x).
  h.bulk(other.table.used, () => mergeMembers(interp, s, other));
}

function mergeMembers(interp: Interpreter, s: PySet, other: PySet): void {
  const h = interp.heap;
  if (s.table.fill !== 0) {
    reserveFor(s.table, other.table.used);
    h.resized(s, setSize(s.table.capacity));
    for (const v of other.ordered()) h.setAdd(s, v);
    return;
  }
  s.table.mergeIntoEmpty(other.table);
  for (const v of other.table.keys()) {
    h.incref(v, s, v);
    s.members.set(hashKey(v), v);
    if (s.gcHandle === 0 && mayBeTracked(v)) h.gc.track(s);
  }
  h.resized(s, setSize(s.table.capacity));
}

/** set_update_internal: a set merged, an exact dict's keys after one resize, else item by item. */
function updateFrom(interp: Interpreter, s: PySet, other: PyObject): void {
  if (other instanceof PySet) return merge(interp, s, other);
  if (isExactDict(interp, other)) {
    reserveFor(s.table, other.size);
    interp.heap.resized(s, setSize(s.table.capacity));
    const keys = [...other.liveEntries()].map((e) => e.key);
    interp.heap.bulk(keys.length, () => {
      for (const k of keys) setAdd(interp, s, k);
    });
    return;
  }
  reserveCollection(interp, other, 32);
  interp.heap.bulk(Math.max(knownLength(other), 0), () =>
    eachItem(interp, other, (item) => setAdd(interp, s, item)),
  );
}

/** make_new_set: a new set (a frozenset) filled by set_update_internal; released if that fails. */
function newSetFrom(interp: Interpreter, other: PyObject | null, frozen = false): PySet {
  const s = frozen ? newFrozenset(interp) : interp.heap.newSet();
  if (!other) return s;
  try {
    updateFrom(interp, s, other);
  } catch (e) {
    interp.heap.decref(s);
    throw e;
  }
  return s;
}

/** make_new_set_basetype: a new set of `like`'s base type (set or frozenset) of `other`. */
function newSetLike(interp: Interpreter, like: PySet, other: PyObject | null): PySet {
  return newSetFrom(interp, other, isFrozenset(like));
}

/** Runs `fn` on a new set of `like`'s base type, released if `fn` fails. */
function building(interp: Interpreter, like: PySet, fn: (result: PySet) => void): PySet {
  const result = newSetLike(interp, like, null);
  try {
    fn(result);
  } catch (e) {
    interp.heap.decref(result);
    throw e;
  }
  return result;
}

/** set_intersection: the smaller set iterated when both are sets; the iterated object is kept. */
function intersection(interp: Interpreter, so: PySet, other: PyObject): PySet {
  if (other === so) return newSetLike(interp, so, so);
  return building(interp, so, (result) => {
    if (other instanceof PySet) {
      const [big, small] = other.table.used > so.table.used ? [other, so] : [so, other];
      for (const v of small.ordered()) if (hasMember(big, v)) setAdd(interp, result, v);
      return;
    }
    eachItem(interp, other, (item) => {
      if (contains(interp, so, item)) setAdd(interp, result, item);
    });
  });
}

/** set_intersection_multi: a copy for no arguments, else one intersection after another. */
function intersectionMulti(interp: Interpreter, so: PySet, others: PyObject[]): PySet {
  const h = interp.heap;
  if (others.length === 0) return newSetLike(interp, so, so);
  let tmp = so;
  h.incref(tmp);
  try {
    for (const other of others) {
      const next = intersection(interp, tmp, other);
      h.decref(tmp);
      tmp = next;
    }
  } catch (e) {
    h.decref(tmp);
    throw e;
  }
  return tmp;
}

/** set_swap_bodies: the two sets trade tables and members. */
function swapBodies(interp: Interpreter, a: PySet, b: PySet): void {
  const h = interp.heap;
  swapTables(a.table, b.table);
  const members = [...a.members];
  a.members.clear();
  for (const [k, v] of b.members) a.members.set(k, v);
  b.members.clear();
  for (const [k, v] of members) b.members.set(k, v);
  for (const s of [a, b]) {
    h.resized(s, setSize(s.table.capacity));
    if (s.gcHandle === 0 && [...s.members.values()].some(mayBeTracked)) h.gc.track(s);
  }
}

/**
 * set_difference_update_internal: the other set's members (or the intersection, when the other
 * is more than 8 times larger) or the iterable's items discarded in turn, then a table more than
 * a quarter dummies resized.
 */
function differenceUpdate(interp: Interpreter, so: PySet, other: PyObject): void {
  const h = interp.heap;
  if (other === so) return h.setClear(so);
  if (other instanceof PySet) {
    const small = other.table.used >> 3 > so.table.used;
    const o = small ? intersection(interp, so, other) : other;
    try {
      for (const v of o.ordered()) discard(interp, so, v);
    } finally {
      if (small) h.decref(o);
    }
  } else eachItem(interp, other, (item) => void discard(interp, so, item));
  compactIfSparse(so.table);
  h.resized(so, setSize(so.table.capacity));
}

/** set_difference: a copy then discards, or a new set of the members the other lacks. */
function difference(interp: Interpreter, so: PySet, other: PyObject): PySet {
  const otherSize =
    other instanceof PySet ? other.table.used : isExactDict(interp, other) ? other.size : -1;
  if (otherSize < 0 || so.table.used >> 2 > otherSize) {
    const result = newSetLike(interp, so, so);
    try {
      differenceUpdate(interp, result, other);
    } catch (e) {
      interp.heap.decref(result);
      throw e;
    }
    return result;
  }
  return building(interp, so, (result) => {
    for (const v of so.ordered()) {
      const there =
        other instanceof PySet
          ? hasMember(other, v)
          : interp.heap.dictGet(other as PyDict, v) !== undefined;
      if (!there) setAdd(interp, result, v);
    }
  });
}

/** set_symmetric_difference_update: each member of the other discarded, or added if absent. */
function symmetricDifferenceUpdate(interp: Interpreter, so: PySet, other: PyObject): void {
  const h = interp.heap;
  if (other === so) return h.setClear(so);
  const toggle = (v: PyObject) => {
    if (!discard(interp, so, v)) setAdd(interp, so, v);
  };
  if (isExactDict(interp, other)) {
    for (const e of [...other.liveEntries()]) toggle(e.key);
    return;
  }
  const made = !(other instanceof PySet);
  const o = made ? newSetLike(interp, so, other) : other;
  try {
    for (const v of o.ordered()) toggle(v);
  } finally {
    if (made) h.decref(o);
  }
}

/** set_issubset: a non-set argument becomes a set first. */
function isSubset(interp: Interpreter, so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = newSetFrom(interp, other);
    try {
      return isSubset(interp, so, tmp);
    } finally {
      interp.heap.decref(tmp);
    }
  }
  return setIsSubset(so, other);
}

/** set_issubset of two sets: the size first, then each member of `so` looked up in `other`. */
export function setIsSubset(so: PySet, other: PySet): boolean {
  if (so.table.used > other.table.used) return false;
  return so.ordered().every((v) => hasMember(other, v));
}

function isSuperset(interp: Interpreter, so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return isSubset(interp, other, so);
  let result = true;
  eachItem(interp, other, (item) => {
    if (!contains(interp, so, item)) result = false;
    return !result;
  });
  return result;
}

function isDisjoint(interp: Interpreter, so: PySet, other: PyObject): boolean {
  if (other === so) return so.table.used === 0;
  if (other instanceof PySet) {
    const [big, small] = other.table.used > so.table.used ? [other, so] : [so, other];
    return !small.ordered().some((v) => hasMember(big, v));
  }
  let result = true;
  eachItem(interp, other, (item) => {
    if (contains(interp, so, item)) result = false;
    return !result;
  });
  return result;
}

/** METH_VARARGS methods: the others in a tuple, no keywords. */
function varargs(
  name: string,
  fn: (interp: Interpreter, so: PySet, others: PyObject[]) => PyObject,
): MethodFn {
  return (interp, args, kw) => {
    noKeywords(interp, name, args, kw);
    return fn(interp, selfSet(args), args.slice(1));
  };
}

function oneArg(
  name: string,
  fn: (interp: Interpreter, so: PySet, other: PyObject) => PyObject,
): MethodFn {
  return (interp, args, kw) => fn(interp, selfSet(args), exactlyOne(interp, name, args, kw));
}

// ---- the operators' slots (set_or, set_and, set_xor, set_sub and their in-place forms) ----

/** set_or (set_union of one other): a copy of `so` updated by `other`. */
export function setUnion(interp: Interpreter, so: PySet, others: PyObject[]): PySet {
  const result = newSetLike(interp, so, so);
  try {
    for (const other of others) if (other !== so) updateFrom(interp, result, other);
  } catch (e) {
    interp.heap.decref(result);
    throw e;
  }
  return result;
}

/** set_and: set_intersection. */
export function setIntersection(interp: Interpreter, so: PySet, other: PyObject): PySet {
  return intersection(interp, so, other);
}

/** set_sub: set_difference. */
export function setDifference(interp: Interpreter, so: PySet, other: PyObject): PySet {
  return difference(interp, so, other);
}

/** set_xor: set_symmetric_difference, a new set of `other`'s type-of-`so` toggled by `so`. */
export function setSymmetricDifference(interp: Interpreter, so: PySet, other: PyObject): PySet {
  const result = newSetLike(interp, so, other);
  try {
    symmetricDifferenceUpdate(interp, result, so);
  } catch (e) {
    interp.heap.decref(result);
    throw e;
  }
  return result;
}

/** set_ior: set_update_internal. */
export function setUpdate(interp: Interpreter, so: PySet, other: PyObject): void {
  updateFrom(interp, so, other);
}

/** set_iand: set_intersection_update, the intersection's body swapped in, then freed. */
export function setIntersectionUpdate(interp: Interpreter, so: PySet, others: PyObject[]): void {
  const tmp = intersectionMulti(interp, so, others);
  swapBodies(interp, so, tmp);
  interp.heap.decref(tmp);
}

/** set_isub: set_difference_update_internal. */
export function setDifferenceUpdate(interp: Interpreter, so: PySet, other: PyObject): void {
  differenceUpdate(interp, so, other);
}

/** set_ixor: set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(interp: Interpreter, so: PySet, other: PyObject) {
  symmetricDifferenceUpdate(interp, so, other);
}

/** The methods that read a set: set's and frozenset's alike (a result of self's type). */
const READING_METHODS: Record<string, MethodFn> = {
  copy(interp, args, kw) {
    noArguments(interp, 'copy', args, kw);
    return newSetLike(interp, selfSet(args), selfSet(args));
  },
  union: varargs('union', (interp, so, others) => setUnion(interp, so, others)),
  intersection: varargs('intersection', (interp, so, others) =>
    intersectionMulti(interp, so, others),
  ),
  difference: varargs('difference', (interp, so, others) => {
    if (others.length === 0) return newSetLike(interp, so, so);
    const result = difference(interp, so, others[0]!);
    try {
      for (const other of others.slice(1)) differenceUpdate(interp, result, other);
    } catch (e) {
      interp.heap.decref(result);
      throw e;
    }
    return result;
  }),
  symmetric_difference: oneArg('symmetric_difference', (interp, so, other) =>
    setSymmetricDifference(interp, so, other),
  ),
  issubset: oneArg('issubset', (interp, so, other) =>
    interp.heap.bool(isSubset(interp, so, other)),
  ),
  issuperset: oneArg('issuperset', (interp, so, other) =>
    interp.heap.bool(isSuperset(interp, so, other)),
  ),
  isdisjoint: oneArg('isdisjoint', (interp, so, other) =>
    interp.heap.bool(isDisjoint(interp, so, other)),
  ),
};

export const SET_METHODS: Record<string, MethodFn> = {
  ...READING_METHODS,
  __new__(interp, args, kw) {
    // set_vectorcall: make_new_set of the iterable (a set merged, a dict's keys after a resize).
    if (kw && kw.length > 0) interp.raise('TypeError', 'set() takes no keyword arguments');
    if (args.length > 1)
      interp.raise('TypeError', `set expected at most 1 argument, got ${args.length}`);
    return newSetFrom(interp, args[0] ?? null);
  },
  pop(interp, args, kw) {
    noArguments(interp, 'pop', args, kw);
    const s = selfSet(args);
    const v = popMember(s);
    if (!v) return interp.raise('KeyError', 'pop from an empty set');
    // The set's reference moves to the caller.
    s.members.delete(hashKey(v));
    return v;
  },
  update: varargs('update', (interp, so, others) => {
    for (const other of others) updateFrom(interp, so, other);
    return interp.heap.none();
  }),
  intersection_update: varargs('intersection_update', (interp, so, others) => {
    setIntersectionUpdate(interp, so, others);
    return interp.heap.none();
  }),
  difference_update: varargs('difference_update', (interp, so, others) => {
    for (const other of others) differenceUpdate(interp, so, other);
    return interp.heap.none();
  }),
  symmetric_difference_update: oneArg('symmetric_difference_update', (interp, so, other) => {
    symmetricDifferenceUpdate(interp, so, other);
    return interp.heap.none();
  }),
};

/** frozenset's methods and constructor, each result sealed (its hash fixed: frozenset.ts). */
export const FROZENSET_METHODS: Record<string, MethodFn> = Object.fromEntries(
  Object.entries({
    ...READING_METHODS,
    copy(interp, args, kw) {
      // frozenset_copy: an exact frozenset is its own copy.
      noArguments(interp, 'copy', args, kw);
      interp.heap.incref(args[0]!);
      return args[0]!;
    },
    __new__(interp, args, kw) {
      if (kw && kw.length > 0) interp.raise('TypeError', 'frozenset() takes no keyword arguments');
      if (args.length > 1)
        interp.raise('TypeError', `frozenset expected at most 1 argument, got ${args.length}`);
      const iterable = args[0] ?? null;
      // An exact frozenset is returned as it is.
      if (iterable && isFrozenset(iterable)) {
        interp.heap.incref(iterable);
        return iterable;
      }
      return newSetFrom(interp, iterable, true);
    },
  } as Record<string, MethodFn>).map(([name, fn]) => [
    name,
    (interp: Interpreter, args: PyObject[], kw: Kw) => sealed(fn(interp, args, kw)),
  ]),
);
