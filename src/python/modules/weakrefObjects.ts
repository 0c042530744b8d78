/**
 * What the weakref module's parts share (weakref.ts, weakMethod.ts): which objects take weak
 * references, the module's static types, and a weak reference's repr.
 */
import {
  PyBuiltin,
  PyCounter,
  PyDeque,
  PyOrderedDict,
  PyFinalize,
  PyFunction,
  PyInstance,
  PyMethod,
  PySet,
  PyType,
  PyWeakContainer,
  PyWeakref,
  type PyObject,
} from '../../engine';
import type { Interpreter } from '../interpreter';
import { hexAddress } from '../objectRepr';

/** The types CPython refuses weak references to (no __weakref__ slot). */
export function supportsWeakrefs(o: PyObject): boolean {
  if (o instanceof PyInstance) return o.type.isHeapType && o.type.hasWeakref;
  // WeakMethod declares a __weakref__ slot (weakref.py); plain weak references have none.
  if (o instanceof PyWeakref) return o.methodAlive !== null;
  return (
    o instanceof PyFunction ||
    (o instanceof PyType && o.isHeapType) ||
    o instanceof PySet ||
    o instanceof PyMethod ||
    o instanceof PyBuiltin ||
    o instanceof PyWeakContainer ||
    o instanceof PyFinalize ||
    // deque and OrderedDict have a weakref list; Counter is a Python class.
    o instanceof PyDeque ||
    o instanceof PyOrderedDict ||
    o instanceof PyCounter
  );
}

/**
 * A type of the weakref module, named as CPython names it: the C types by their tp_name
 * (`weakref.ReferenceType`), the classes of weakref.py and _weakrefset.py by module and name.
 */
export function staticType(
  interp: Interpreter,
  name: string,
  base: PyType | null = null,
  module = 'weakref',
): PyType {
  const h = interp.heap;
  const t = new PyType(h.allocAddress(0x1a0), name, base ?? h.types.object, h.types.type, false);
  t.moduleName = module;
  t.interned = true;
  h.live?.add(t);
  return t;
}

export function weakrefRepr(interp: Interpreter, wr: PyWeakref): string {
  const o = wr.referent;
  if (wr.kind === 'proxy') {
    const target = o ? o.type.name : 'NoneType';
    return `<weakproxy at ${hexAddress(wr)} to ${target} at ${hexAddress(o ?? interp.heap.None)}>`;
  }
  if (!o) return `<weakref at ${hexAddress(wr)}; dead>`;
  const name =
    o instanceof PyFunction
      ? o.name
      : o instanceof PyType
        ? o.name
        : o instanceof PyBuiltin
          ? o.name
          : null;
  return `<weakref at ${hexAddress(wr)}; to '${o.type.name}' at ${hexAddress(o)}${name ? ` (${name})` : ''}>`;
}
