/** `sys.exc_info()`: the exception being handled, as (type, value, traceback), or three Nones. */
import { PyInstance, type PyObject } from '../../engine';
import type { Interpreter } from '../interpreter';
import { moduleFunction } from './moduleObject';

export function sysExcInfoMembers(interp: Interpreter): Record<string, PyObject> {
  return {
    exc_info: moduleFunction(interp, {
      name: 'exc_info',
      qualname: 'sys.exc_info',
      arity: [0, 0],
      call(interp) {
        const h = interp.heap;
        // _PyErr_GetTopmostException: the innermost `except` (or `with` exit) in progress.
        const handled = interp.handling[interp.handling.length - 1];
        const exc = handled?.exc;
        if (!exc) return h.newTuple([h.none(), h.none(), h.none()]);
        const tb = (exc instanceof PyInstance ? exc.traceback : null) ?? h.None;
        h.incref(exc.type);
        h.incref(exc);
        h.incref(tb);
        return h.newTuple([exc.type, exc, tb]);
      },
    }),
  };
}
