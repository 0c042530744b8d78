/**
 * The `with` statement as CPython 3.11 runs it. BEFORE_WITH looks up `__enter__` and `__exit__`
 * on the manager's type, keeps the bound `__exit__` on the value stack for the whole block (so
 * the manager has one more reference while the block runs), releases the manager's own stack
 * reference and calls `__enter__`. The block then ends in one of two ways:
 * - normally (or by return/break/continue): `__exit__(None, None, None)`, then the bound
 *   `__exit__` is released, then its result;
 * - by an exception: the exception becomes the one being handled (sys.exc_info) and
 *   `__exit__(type, value, traceback)` is called; a true result suppresses it (the exception is
 *   released, then `__exit__`), a false one re-raises it.
 * `with a, b:` is `with a:` around `with b:`.
 */
import { PyInstance, STACK, type PyObject } from '../engine';
import { PyError } from './errors';
import { dropStackTo, Signal, type Ev, type Ex, type Frame } from './frame';
import type { Interpreter } from './interpreter';
import { lookupTypeAttr } from './typeAttr';
import { truthy } from './operators';

/** One manager of a `with` (ir/control.ts's WithItem) as the closures run it. */
export interface WithClosures {
  readonly manager: Ev;
  /** Stores `__enter__`'s result in the `as` target (taking the reference), or null. */
  readonly store: ((f: Frame, v: PyObject) => void) | null;
  /** The `with` statement's line: where `__exit__` is called from, in tracebacks. */
  readonly line: number;
}

/** _PyObject_LookupSpecial: the type's attribute, bound to the manager; null when absent. */
export function lookupSpecial(interp: Interpreter, mgr: PyObject, name: string): PyObject | null {
  if (!(mgr instanceof PyInstance)) return null;
  const attr = lookupTypeAttr(mgr.type, name);
  return attr ? interp.bind(attr, mgr) : null;
}

/** The closure of `with` items around `body`: the first item's block is the outermost. */
export function withBlock(interp: Interpreter, items: readonly WithClosures[], body: Ex): Ex {
  let inner = body;
  for (let i = items.length - 1; i >= 0; i--) inner = withOne(interp, items[i]!, inner);
  return inner;
}

function withOne(interp: Interpreter, item: WithClosures, body: Ex): Ex {
  return (f) => {
    const depth = f.stack.length;
    const exit = beforeWith(interp, item, f, depth);
    let signal: Signal;
    try {
      signal = body(f);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      interp.unwindStack(f, depth + 1);
      interp.addTraceback(e, f);
      f.lineno = item.line;
      return exitWithException(interp, f, depth, exit, e);
    }
    exitNormally(interp, f, depth, exit, item.line);
    return signal;
  };
}

/**
 * BEFORE_WITH and the store of `__enter__`'s result: gives the bound `__exit__`, left on the
 * value stack at `depth`.
 */
export function beforeWith(
  interp: Interpreter,
  item: WithClosures,
  f: Frame,
  depth: number,
): PyObject {
  const h = interp.heap;
  const mgr = item.manager(f);
  f.stack.push(mgr);
  const enter = lookupSpecial(interp, mgr, '__enter__');
  if (!enter) {
    interp.raise(
      'TypeError',
      `'${mgr.type.name}' object does not support the context manager protocol`,
    );
  }
  const exit = lookupSpecial(interp, mgr, '__exit__');
  if (!exit) {
    h.decref(enter, STACK);
    interp.raise(
      'TypeError',
      `'${mgr.type.name}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  f.stack[depth] = exit;
  h.decref(mgr, STACK);
  let entered: PyObject;
  try {
    entered = interp.callWith(enter, [], null, f);
  } finally {
    h.decref(enter, STACK);
  }
  if (item.store) item.store(f, entered);
  else h.decref(entered, STACK);
  return exit;
}

/** exit(None, None, None): the Nones, then the bound __exit__, then its result are released. */
export function exitNormally(
  interp: Interpreter,
  f: Frame,
  depth: number,
  exit: PyObject,
  line: number,
): void {
  const h = interp.heap;
  f.lineno = line;
  const none = h.none();
  const result = interp.callWith(exit, [none, none, none], null, f);
  h.decref(none);
  dropStackTo(f.stack, depth);
  h.decref(exit, STACK);
  h.decref(result, STACK);
}

/** PUSH_EXC_INFO, WITH_EXCEPT_START, then suppress (true result) or RERAISE. */
export function exitWithException(
  interp: Interpreter,
  f: Frame,
  depth: number,
  exit: PyObject,
  e: PyError,
): Signal {
  const h = interp.heap;
  // The handled exception (the PyError's reference, as sys.exc_info) and a copy on the stack.
  interp.handling.push(e);
  h.incref(e.exc, STACK);
  let suppress: boolean;
  try {
    // The exception's own traceback, borrowed (PyException_GetTraceback, then Py_XDECREF).
    const tb = (e.exc instanceof PyInstance ? e.exc.traceback : null) ?? h.None;
    const result = interp.callWith(exit, [e.exc.type, e.exc, tb], null, f);
    try {
      suppress = truthy(interp, result);
    } finally {
      h.decref(result, STACK);
    }
  } catch (inner) {
    // An error in __exit__ replaces the exception (which became its context).
    h.decref(e.exc, STACK);
    interp.handling.pop();
    interp.releaseError(e);
    throw inner;
  }
  h.decref(e.exc, STACK);
  if (!suppress) {
    interp.handling.pop();
    throw e;
  }
  // The exception is released, the handled one restored, then the bound __exit__ released.
  interp.handling.pop();
  interp.releaseError(e);
  dropStackTo(f.stack, depth);
  h.decref(exit, STACK);
  return Signal.Normal;
}
