/**
 * An attribute a built-in type has in CPython but Heapscope does not implement: refused with
 * NotSupported naming it, where CPython would have found it (never a wrong AttributeError).
 */
import type { PyType } from '../engine';
import { CPYTHON_TYPE_ATTRIBUTES } from './cpythonTypeAttributes';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';

export function refuseMissingAttribute(interp: Interpreter, t: PyType, name: string): void {
  if (t.isHeapType) return;
  if (CPYTHON_TYPE_ATTRIBUTES[t.name]?.has(name))
    throw new NotSupported(`the attribute '${t.name}.${name}'`, interp.frame?.lineno ?? 0);
}
