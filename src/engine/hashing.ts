/**
 * Dict and set keys. Python compares keys by hash and equality; the engine reduces each hashable
 * value to a string with the same equality (so 1, 1.0 and True are one key, as in CPython).
 * Objects without value equality hash by identity.
 */
import {
  PyBool,
  PyFloat,
  PyInt,
  PyNone,
  PyObject,
  PyStr,
  PyTuple,
  PyList,
  PyDict,
  PySet,
  PyWeakref,
} from './objects';

export class UnhashableError extends Error {
  constructor(
    readonly typeName: string,
    message = `unhashable type: '${typeName}'`,
  ) {
    super(message);
  }
}

/** A string equal for equal keys; throws UnhashableError for lists, dicts and sets. */
export function hashKey(o: PyObject): string {
  if (o instanceof PyStr) return o.hashKey;
  if (o instanceof PyInt) return o.hashKey;
  if (o instanceof PyBool) return o.value ? 'n1' : 'n0';
  if (o instanceof PyFloat) {
    if (Number.isInteger(o.value)) return 'n' + BigInt(o.value).toString();
    return Number.isNaN(o.value) ? 'o' + o.address : 'n' + String(o.value);
  }
  if (o instanceof PyNone) return 'N';
  if (o instanceof PyWeakref && o.kind === 'proxy') throw new UnhashableError('weakref.ProxyType');
  if (o instanceof PyWeakref) {
    if (o.hashCache === null) {
      if (!o.referent) throw new UnhashableError('weakref', 'weak object has gone away');
      o.hashCache = 'w' + hashKey(o.referent);
    }
    return o.hashCache;
  }
  if (o instanceof PyTuple) return o.keyCache ?? tupleKey(o);
  if (o instanceof PySet && o.frozen) return o.frozen.key;
  if (o instanceof PyList || o instanceof PyDict || isUnhashable(o)) {
    throw new UnhashableError(o.type.cName ?? o.type.name);
  }
  return 'o' + o.address;
}

/**
 * The key of a frozenset of `s`'s members (its members' keys, in a fixed order): a frozenset's
 * own, and what a set is looked up by among a set's members (set_contains, set_discard_key).
 */
export function membersKey(s: PySet): string {
  return 'f' + JSON.stringify([...s.members.keys()].sort());
}

/** Types registered as unhashable by the interpreter (set, ...). */
// (A frozenset is hashable once built: see PySet.frozen.)
const unhashableTypeNames = new Set<string>([
  'set',
  'frozenset',
  'list',
  'dict',
  'deque',
  'mappingproxy',
]);
function isUnhashable(o: PyObject): boolean {
  return unhashableTypeNames.has(o.type.name) && !o.type.isHeapType;
}

/** Keys longer than this are replaced by a short canonical name (see `tupleKey`). */
const LONG_KEY = 200;
/** Canonical names of long tuple keys: the same content always gets the same name. */
const longKeys = new Map<string, string>();

/**
 * A tuple's key, from its items' keys, cached on the tuple. Nested tuples are keyed innermost
 * first with an explicit stack, not by recursion (a tuple nested 100,000 deep is a valid key), and
 * a long key is replaced by a short canonical name so that nesting does not make keys grow.
 */
function tupleKey(t: PyTuple): string {
  const pending: PyTuple[] = [t];
  while (pending.length > 0) {
    const top = pending[pending.length - 1]!;
    if (top.keyCache !== null) {
      pending.pop();
      continue;
    }
    let ready = true;
    for (const item of top.items) {
      if (item instanceof PyTuple && item.keyCache === null) {
        pending.push(item);
        ready = false;
      }
    }
    if (!ready) continue;
    pending.pop();
    let key = 't(' + top.items.map(hashKey).join(',') + ')';
    if (key.length > LONG_KEY) {
      let name = longKeys.get(key);
      if (name === undefined) longKeys.set(key, (name = `T${longKeys.size}`));
      key = name;
    }
    top.keyCache = key;
  }
  return t.keyCache!;
}
