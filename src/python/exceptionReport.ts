/**
 * What stderr says of an exception: its last line ("KeyError: 'k'"), its traceback with the chain
 * of causes and contexts before it, and PyErr_WriteUnraisable's "Exception ignored in". The setup
 * never raises, so this loads with the library (lateCore.ts); the interpreter's methods of the
 * same names forward here.
 */
import { PyInstance, type PyObject } from '../engine';
import { PyError } from './errors';
import type { Interpreter } from './interpreter';
import { formatTraceback } from './traceback';

/** The exception's last line, as str(exc) gives it (a class's own `__str__` runs). */
export function describeException(interp: Interpreter, exc: PyObject): string {
  // A class of __main__ is shown by its qualified name (`f.<locals>.Error`); a library
  // module's with its module (`copy.Error`).
  const t = exc.type;
  const own = t.qualname ?? t.name;
  const name = t.isHeapType && t.moduleName ? `${t.moduleName}.${own}` : own;
  if (!(exc instanceof PyInstance)) return name;
  let text: string;
  try {
    // PyErr_Display prints str(exc): a class's own __str__ runs, else BaseException_str's args.
    text = interp.strOf(exc);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    interp.releaseError(e);
    text = '<exception str() failed>';
  }
  return text === '' ? name : `${name}: ${text}`;
}

/** The traceback as sys.excepthook prints it, the chained exceptions first. */
export function formatException(interp: Interpreter, e: PyError): string {
  const own = formatTraceback(e, describeException(interp, e.exc));
  const exc = e.exc;
  if (exc instanceof PyInstance && (exc.cause || exc.context) && interp.library)
    return interp.library.formatChain(interp, exc, new Set([exc])) + own;
  return own;
}

/** "Exception ignored in: <function C.__del__ at 0x...>" and the traceback, on stderr. */
export function reportUnraisable(interp: Interpreter, e: PyError, where: PyObject): void {
  // PyErr_WriteUnraisable prints the exception's own traceback, never its context chain.
  const own = formatTraceback(e, describeException(interp, e.exc));
  interp.write('stderr', `Exception ignored in: ${interp.reprOf(where)}\n${own}`);
  interp.releaseError(e);
}
