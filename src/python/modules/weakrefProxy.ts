/** What a weakref.proxy stands for: its referent, or ReferenceError once that died. */
import type { PyObject, PyWeakref } from '../../engine';
import type { Interpreter } from '../interpreter';

export function proxyTarget(interp: Interpreter, p: PyWeakref): PyObject {
  return p.referent ?? interp.raise('ReferenceError', 'weakly-referenced object no longer exists');
}
