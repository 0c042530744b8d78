/**
 * What Heapscope's weak objects do not model, refused by name: a late part (lateCore.ts), reached
 * only on the way to a TypeError.
 */
import { PyWeakContainer, PyWeakref, type PyObject } from '../engine';
import { NotSupported } from './errors';
import type { Interpreter } from './interpreter';

/**
 * Before a TypeError says an operation does not apply to `operands`: a weakref.proxy passes
 * every operation on to its referent in CPython, and a weak set or dict has the operators of
 * weakref.py; where Heapscope does not model that, the operation is refused by name rather
 * than answered with CPython's error for another object.
 */
export function refuseUnmodelledWeak(
  interp: Interpreter,
  what: string,
  ...operands: PyObject[]
): void {
  for (const o of operands) {
    const name =
      o instanceof PyWeakref && o.kind === 'proxy'
        ? 'a weakref.proxy'
        : o instanceof PyWeakContainer
          ? `a ${o.kind}`
          : null;
    if (name) throw new NotSupported(`${what} on ${name}`, interp.frame?.lineno ?? 0);
  }
}
