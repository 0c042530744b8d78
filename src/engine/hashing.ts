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
  if (o instanceof PyTuple) return 't(' + o.items.map(hashKey).join(',') + ')';
  if (o instanceof PyList || o instanceof PyDict || isUnhashable(o)) {
    throw new UnhashableError(o.type.name);
  }
  return 'o' + o.address;
}

/** Types registered as unhashable by the interpreter (set, ...). */
const unhashableTypeNames = new Set<string>(['set', 'list', 'dict']);
function isUnhashable(o: PyObject): boolean {
  return unhashableTypeNames.has(o.type.name) && !o.type.isHeapType;
}
