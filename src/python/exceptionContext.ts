/**
 * Implicit exception chaining (_PyErr_SetObject): an exception raised while another is being
 * handled takes that one as its `__context__`, a reference the exception instance holds (so a
 * saved exception keeps its context, and the context's traceback and frames, alive).
 */
import { PyInstance, type Heap, type PyObject } from '../engine';

/**
 * `handled` becomes `exc.__context__`. If `exc` is already somewhere in `handled`'s context chain,
 * that link is cut first, so that chaining makes no new cycle (a cycle already in the chain is
 * walked once and left alone, as CPython does).
 */
export function setContext(h: Heap, exc: PyInstance, handled: PyObject): void {
  const walked = new Set<PyObject>();
  for (let o: PyObject = handled; o instanceof PyInstance && o.context; o = o.context) {
    if (walked.has(o)) break;
    walked.add(o);
    if (o.context === exc) {
      o.context = null;
      h.decref(exc, o, '__context__');
      break;
    }
  }
  h.incref(handled, exc, '__context__');
  const old = exc.context;
  exc.context = handled;
  if (old) h.decref(old, exc, '__context__');
}
