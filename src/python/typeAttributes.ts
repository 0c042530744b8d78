/**
 * Attributes every class has from `type`: `__mro__` and `__bases__` (the tuples the class holds,
 * the same object each time), `__base__`, and the `mro()` method (a new list). A built-in type's
 * are refused by name (as the attribute 'type.__mro__'): Heapscope keeps no such tuples for them.
 */
import { PyTuple, type PyObject, type PyType } from '../engine';
import type { BuiltinImpl } from './builtins';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';

const NAMES = new Set(['__mro__', '__bases__', '__base__', 'mro']);

const mroMethod: BuiltinImpl = {
  name: 'mro',
  isMethod: true,
  arity: [1, 1],
  call(interp, args) {
    const t = args[0] as PyType;
    const items = [...t.mro()];
    for (const c of items) interp.heap.incref(c);
    return interp.heap.newList(items);
  },
};

/** `t.name` for these attributes (a new reference), or null for any other name. */
export function classAttribute(interp: Interpreter, t: PyType, name: string): PyObject | null {
  if (!NAMES.has(name)) return null;
  const h = interp.heap;
  if (!t.isHeapType && name !== '__base__')
    throw new NotSupported(`the attribute 'type.${name}'`, interp.frame?.lineno ?? 0);
  if (name === '__base__') {
    const b = t.base ?? h.None;
    h.incref(b);
    return b;
  }
  if (name === 'mro') return h.newBuiltin('mro', mroMethod, t);
  // internals: [namespace, __mro__, __bases__]; the collector may have taken __mro__ out.
  const index = name === '__mro__' ? t.mroIndex : t.mroIndex >= 0 ? t.mroIndex + 1 : 1;
  const v = index >= 0 ? t.internals[index] : undefined;
  const out = v instanceof PyTuple ? v : h.None;
  h.incref(out);
  return out;
}
