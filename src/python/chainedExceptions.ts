/**
 * Exception chaining beyond the implicit context (exceptionContext.ts): `raise X from Y` (do_raise
 * with a cause), the `__traceback__`, `__cause__`, `__context__` and `__suppress_context__`
 * attributes, and the printing of a chain before an uncaught exception
 * (print_exception_cause_and_context). Part of the library: only a program that names them (or
 * whose uncaught exception has a chain) reaches them.
 */
import { PyBool, PyInstance, PyTraceback, PyType, STACK, type PyObject } from '../engine';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { tracebackEntries } from './frameObjects';
import { formatTraceback } from './traceback';

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';

function isExceptionClass(interp: Interpreter, o: PyObject): o is PyType {
  return o instanceof PyType && o.isSubtypeOf(interp.exceptions.get('BaseException')!);
}

function isException(interp: Interpreter, o: PyObject | null): o is PyInstance {
  return o instanceof PyInstance && o.type.isSubtypeOf(interp.exceptions.get('BaseException')!);
}

/** PyException_SetCause: steals `cause` (null: None) and sets `__suppress_context__`. */
function setCause(interp: Interpreter, exc: PyInstance, cause: PyObject | null): void {
  exc.suppressContext = true;
  const old = exc.cause;
  exc.cause = cause;
  if (cause) interp.heap.noteMove(cause, exc, '__cause__');
  if (old) interp.heap.decref(old, exc, '__cause__');
}

/**
 * `raise X from Y` (RAISE_VARARGS 2, do_raise) once X and Y are evaluated and popped (`exc` and
 * `cause` are their references, taken here): a class X is called for its instance, then a class
 * Y for its own; Y None leaves no cause. The cause is set (hiding the context when printed), then
 * the exception is raised, taking the exception being handled as its context as any raise does.
 */
export function raiseFrom(interp: Interpreter, f: Frame, exc: PyObject, cause: PyObject): never {
  const h = interp.heap;
  let value: PyObject;
  try {
    if (isExceptionClass(interp, exc)) {
      value = interp.callWith(exc, [], null, f);
      if (!isException(interp, value)) {
        const made = value;
        h.decref(made, STACK);
        interp.raise(
          'TypeError',
          `calling ${interp.reprOf(exc)} should have returned an instance of BaseException, not ${interp.reprOf(made.type)}`,
        );
      }
    } else if (isException(interp, exc)) {
      value = exc;
      h.incref(exc, STACK);
    } else value = interp.raise('TypeError', 'exceptions must derive from BaseException');
  } catch (e) {
    h.decref(exc, STACK);
    h.decref(cause, STACK);
    throw e;
  }
  h.decref(exc, STACK);
  let fixed: PyObject | null;
  try {
    if (isExceptionClass(interp, cause)) {
      fixed = interp.callWith(cause, [], null, f);
      h.decref(cause, STACK);
    } else if (isException(interp, cause)) fixed = cause;
    else if (cause === h.None) {
      h.decref(cause, STACK);
      fixed = null;
    } else fixed = interp.raise('TypeError', 'exception causes must derive from BaseException');
  } catch (e) {
    // do_raise's raise_error: the exception, then the cause (not yet released on this path).
    h.decref(value, STACK);
    h.decref(cause, STACK);
    throw e;
  }
  setCause(interp, value as PyInstance, fixed);
  return interp.raiseObject(value);
}

/**
 * An exception's `__traceback__`, `__cause__`, `__context__` or `__suppress_context__` (a new
 * reference); with `value`, sets it instead (PyException_SetTraceback, BaseException_set_cause,
 * BaseException_set_context, the T_BOOL member) and gives back null.
 */
export function exceptionAttr(
  interp: Interpreter,
  exc: PyInstance,
  name: string,
  value: PyObject | null,
): PyObject | null {
  const h = interp.heap;
  if (name === '__suppress_context__') {
    if (!value) return h.bool(exc.suppressContext);
    if (!(value instanceof PyBool)) interp.raise('TypeError', 'attribute value type must be bool');
    exc.suppressContext = value.value;
    return null;
  }
  const key = name === '__traceback__' ? 'traceback' : name === '__cause__' ? 'cause' : 'context';
  if (!value) {
    const v = exc[key] ?? h.None;
    h.incref(v, STACK);
    return v;
  }
  const ok = key === 'traceback' ? value instanceof PyTraceback : isException(interp, value);
  if (value !== h.None && !ok)
    interp.raise(
      'TypeError',
      key === 'traceback'
        ? '__traceback__ must be a traceback or None'
        : `exception ${key} must be None or derive from BaseException`,
    );
  const held = value === h.None ? null : value;
  if (held) h.incref(held, exc, name);
  if (key === 'cause') exc.suppressContext = true;
  const old = exc[key];
  exc[key] = held;
  if (old) h.decref(old, exc, name);
  return null;
}

/**
 * What an uncaught exception's report prints before its own traceback: its cause, else (unless
 * suppressed) its context, each with its own chain first and then the line that joins it. An
 * exception already printed (`seen`) is not printed again, so a cycle in a chain ends.
 */
export function formatChain(interp: Interpreter, exc: PyInstance, seen: Set<PyObject>): string {
  const [chained, message] = exc.cause
    ? [exc.cause, CAUSE_MESSAGE]
    : [exc.suppressContext ? null : exc.context, CONTEXT_MESSAGE];
  if (!chained || seen.has(chained)) return '';
  seen.add(chained);
  const before = chained instanceof PyInstance ? formatChain(interp, chained, seen) : '';
  const entries =
    chained instanceof PyInstance && chained.traceback ? tracebackEntries(chained.traceback) : [];
  const last = interp.describeException(chained);
  // An exception never raised has no traceback: only its last line is printed.
  const own = entries.length ? formatTraceback({ traceback: entries }, last) : `${last}\n`;
  return before + own + message;
}
