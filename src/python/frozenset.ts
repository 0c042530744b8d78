/**
 * frozenset: its type, its hash (frozenset_hash), its sealing once built, and fold_iter's
 * constant frozensets. The operations set and frozenset share are setMethods.ts's.
 *
 * A frozenset is an engine PySet whose type is `frozenset`: the engine keeps, traverses and draws
 * it as a set; hashing.ts and pyhash.ts give it its key and CPython's hash. Library code only.
 */
import { PySet, PyType, hashKey, membersKey, pyHash, setSize, type PyObject } from '../engine';
import type { Interpreter } from './interpreter';

/** A frozenset (not a set): the built-in type so named, which no class of a program is. */
export function isFrozenset(o: PyObject): o is PySet {
  return o instanceof PySet && o.type.name === 'frozenset' && !o.type.isHeapType;
}

const MASK64 = (1n << 64n) - 1n;

/** _shuffle_bits of setobject.c, on an unsigned 64-bit hash. */
function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & MASK64;
}

/**
 * frozenset_hash: the xor of every member's shuffled hash (the table's empty and dummy slots
 * cancel out), the member count mixed in, then dispersed; independent of the table's order.
 */
function frozensetHash(s: PySet): bigint {
  let h = 0n;
  for (const m of s.members.values()) h ^= shuffleBits(pyHash(m) & MASK64);
  h ^= ((BigInt(s.members.size) + 1n) * 1927868237n) & MASK64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & MASK64;
  if (h === MASK64) h = 590923713n;
  return BigInt.asIntN(64, h);
}

/**
 * A frozenset once built, before Python code sees it: its hash and its dict key (its members'
 * keys) are fixed from now on, as it never changes again. A set is returned as it is.
 */
export function sealed<T extends PyObject>(o: T): T {
  if (o instanceof PySet && !o.frozen && isFrozenset(o))
    o.frozen = {
      hash: frozensetHash(o),
      key: membersKey(o),
    };
  return o;
}

/** The frozenset type (one per heap, made at its first use). */
export function frozensetType(interp: Interpreter): PyType {
  return interp.heap.lazyType('frozenset');
}

/** An empty set of `type`'s base type (make_new_set_basetype): set or frozenset. */
export function newEmptyLike(interp: Interpreter, like: PySet): PySet {
  return isFrozenset(like) ? newFrozenset(interp) : interp.heap.newSet();
}

/** A new, empty, tracked frozenset (CPython tracks every frozenset). */
export function newFrozenset(interp: Interpreter): PySet {
  const h = interp.heap;
  return h.track(new PySet(h.allocAddress(0xc8), frozensetType(interp)));
}

/**
 * fold_iter's constant frozenset (`x in {1, 2, 3}`, `for x in {...}`), made from the unit's
 * constants `values` (their references are taken, a duplicate's released): the parse tree's
 * (PyFrozenSet_New of the items), or the code object's that merge_consts_recursive makes again
 * from the first one's members.
 */
export function constantFrozenset(interp: Interpreter, values: PyObject[], merged: boolean): PySet {
  const h = interp.heap;
  const s = newFrozenset(interp);
  s.table.mergeIntoEmpty(merged ? h.constantFrozenset(values) : h.frozenMembers(values));
  for (const v of s.ordered()) {
    h.incref(v, s, v);
    s.members.set(hashKey(v), v);
  }
  for (const v of values) h.decref(v);
  h.resized(s, setSize(s.table.capacity));
  return sealed(s);
}

/** A set or a frozenset (PyAnySet_Check). */
export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}
