/**
 * A script's uncaught SystemExit (`sys.exit(...)`, `raise SystemExit`), as _Py_HandleSystemExit
 * ends it: no traceback; its code None is status 0, an int that status (as the system keeps it,
 * its low 8 bits), anything else printed to stderr with status 1. The exception is dropped before
 * the end of the run, as CPython drops it before finalizing. A late part (lateCore.ts).
 */
import { PyBool, PyInt, type PyInstance } from '../engine';
import type { PyError } from './errors';
import type { Interpreter } from './interpreter';
import { str } from './objectRepr';

/** The exit status the exception asks for (its code printed first when it is not a number). */
export function systemExit(interp: Interpreter, e: PyError): number {
  const exc = e.exc as PyInstance;
  const args = exc.args?.items ?? [];
  const code = args.length === 0 ? null : args.length === 1 ? args[0]! : exc.args!;
  let status = 1;
  if (code === null || code === interp.heap.None) status = 0;
  else if (code instanceof PyInt || code instanceof PyBool)
    status = Number(BigInt.asUintN(8, BigInt(code instanceof PyBool ? +code.value : code.value)));
  else interp.write('stderr', `${str(interp, code)}\n`);
  interp.releaseError(e);
  return status;
}
