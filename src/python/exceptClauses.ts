/**
 * The `except` clauses of a try statement, the same for both ways one runs (the backend's
 * closures, closures/control.ts, and a generator body's resumable form, resumable.ts): which
 * clause takes an exception, what entering and leaving it does to the exception being handled
 * and to the clause's name.
 */
import { PyTuple, PyType, STACK, type PyObject } from '../engine';
import type { PyError } from './errors';
import type { Ev, Frame } from './frame';
import type { Interpreter } from './interpreter';

/** What an `except [T [as name]]` clause needs besides its body. */
export interface ExceptClause {
  /** T, or null for a bare `except:`. */
  readonly type: Ev | null;
  /** Stores the name after `as` (takes a new reference), or null without `as`. */
  readonly store: ((f: Frame, v: PyObject) => void) | null;
  readonly del: ((f: Frame) => void) | null;
}

/**
 * The first clause whose T the exception is an instance of, now handling it (the name bound),
 * or null. T is evaluated as the clauses are tried; if that raises, `e` is released and the new
 * error propagates (CPython's TypeError for T that is not an exception class included).
 */
export function enterExcept<C extends ExceptClause>(
  interp: Interpreter,
  f: Frame,
  e: PyError,
  clauses: readonly C[],
): C | null {
  const h = interp.heap;
  for (const clause of clauses) {
    let matched: boolean;
    try {
      matched = exceptionMatches(interp, f, e.exc, clause.type);
    } catch (inner) {
      interp.releaseError(e);
      throw inner;
    }
    if (!matched) continue;
    interp.handling.push(e);
    if (clause.store) {
      h.incref(e.exc, STACK);
      clause.store(f, e.exc);
    }
    return clause;
  }
  return null;
}

/**
 * The clause's body is over (however it ended): the exception leaves the chain of those being
 * handled (from where it is: a `yield` in the body may have moved it), `except E as e:` ends with
 * `e = None; del e`, and the error's reference goes (a newer exception that took it as its
 * __context__ holds its own).
 */
export function leaveExcept(interp: Interpreter, f: Frame, e: PyError, clause: ExceptClause): void {
  const at = interp.handling.lastIndexOf(e);
  if (at >= 0) interp.handling.splice(at, 1);
  if (clause.store) {
    clause.store(f, interp.heap.none());
    clause.del!(f);
  }
  interp.releaseError(e);
}

/** `except T:` takes `exc` when it is an instance of T or of one of a tuple of classes. */
function exceptionMatches(interp: Interpreter, f: Frame, exc: PyObject, type: Ev | null): boolean {
  if (!type) return true;
  const t = type(f);
  try {
    const classes = t instanceof PyTuple ? t.items : [t];
    return classes.some((c) => {
      if (!(c instanceof PyType)) {
        return interp.raise(
          'TypeError',
          'catching classes that do not inherit from BaseException is not allowed',
        );
      }
      return exc.type.isSubtypeOf(c);
    });
  } finally {
    interp.heap.decref(t, STACK);
  }
}
