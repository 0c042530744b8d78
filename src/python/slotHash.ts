/**
 * Hashing objects whose class says how (CPython's slot_tp_hash): a class's own `__hash__` runs
 * whenever an instance is hashed (a dict key, a set member, `hash()`), and what it raises is
 * raised there; it must return an int, which is reduced as `hash(int)` is. A class that defines
 * `__eq__` without `__hash__` gets `__hash__ = None` (unhashable), and so do its subclasses.
 *
 * Heapscope's dicts and sets compare instance keys by identity, which is CPython's behaviour
 * for classes without their own `__eq__`; one that defines `__eq__` (keys equal by value) is
 * refused as a key rather than looked up by identity.
 *
 * This loads with the library (lateCore.ts): the app's setup hashes no instance or tuple; the
 * core reaches it through userHash.ts.
 */
import {
  hashKey,
  intHash,
  pointerHash,
  pyHash,
  PyBool,
  PyFunction,
  PyInstance,
  PyInt,
  PyNone,
  PyObject,
  PyTuple,
  PyWeakref,
  STACK,
  type PyType,
} from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';

/** The `__hash__` an instance of `t` gets: a function, null (unhashable) or 'object' (address). */
function hashSlot(t: PyType): PyObject | null | 'object' {
  for (let i = 0, c: PyType | null = t; c; c = t.nextInMro(c, i++)) {
    const own = c.attrs.get('__hash__');
    if (own) return own instanceof PyNone ? null : own;
    if (c.attrs.has('__eq__')) return null;
  }
  return 'object';
}

function definesEq(t: PyType): boolean {
  for (let i = 0, c: PyType | null = t; c; c = t.nextInMro(c, i++))
    if (c.attrs.get('__eq__')) return true;
  return false;
}

/** hash(o) for an instance (running its class's `__hash__`), recording it for set order. */
function instanceHash(interp: Interpreter, o: PyInstance): bigint {
  const slot = hashSlot(o.type);
  if (slot === 'object') return pointerHash(o.pyId);
  if (slot === null) return interp.raise('TypeError', `unhashable type: '${o.type.name}'`);
  const f = interp.frame;
  f?.stack.push(o);
  let r: PyObject;
  try {
    r = interp.callWith(slot, [o], null, f);
  } finally {
    f?.stack.pop();
  }
  interp.heap.decref(r, STACK);
  if (!(r instanceof PyInt) && !(r instanceof PyBool))
    interp.raise('TypeError', '__hash__ method should return an integer');
  const h = intHash(BigInt(r instanceof PyBool ? +r.value : r.value));
  o.userHash = h;
  return h;
}

/**
 * Runs the `__hash__` of every instance in a key (a tuple's items included) before the engine
 * hashes it by identity; refuses keys whose class compares by value.
 */
export function checkKey(interp: Interpreter, key: PyObject): void {
  if (key instanceof PyWeakref) {
    // weakref_hash: the referent's hash, asked once and remembered (pyhash.ts).
    if (key.kind === 'proxy' || key.referent === null || key.tableHash !== null) return;
    checkKey(interp, key.referent);
    key.tableHash = pyHash(key.referent);
    return;
  }
  if (key instanceof PyTuple) {
    // Depth first, left to right, as tuplehash asks its items; iterative: tuples nest deeply.
    const pending: PyObject[] = [key];
    while (pending.length > 0) {
      const o = pending.pop()!;
      if (o instanceof PyTuple) {
        for (let i = o.items.length - 1; i >= 0; i--) {
          const item = o.items[i]!;
          if (item instanceof PyInstance || item instanceof PyTuple) pending.push(item);
        }
      } else checkKey(interp, o);
    }
    return;
  }
  if (!(key instanceof PyInstance) || !key.type.isHeapType) return;
  const slot = hashSlot(key.type);
  if (slot === 'object') return;
  instanceHash(interp, key);
  if (slot instanceof PyFunction && definesEq(key.type)) {
    throw new NotSupported(
      `instances of '${key.type.name}' (a class with its own __eq__) as dict keys or set members`,
      interp.frame?.lineno ?? 0,
    );
  }
}

/** The built-in hash(). */
export function hashOf(interp: Interpreter, o: PyObject): bigint {
  if (o instanceof PyInstance && o.type.isHeapType) return instanceHash(interp, o);
  if (o instanceof PyWeakref) checkKey(interp, o);
  if (o instanceof PyTuple) for (const item of o.items) hashOf(interp, item);
  interp.hashGuard(() => hashKey(o));
  return pyHash(o);
}
