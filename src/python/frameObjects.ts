/**
 * Frame objects and tracebacks at run time, as CPython 3.11 makes them (see engine/frameObjects.ts
 * for the objects themselves):
 * - an exception passing through a frame prepends a traceback entry holding the frame's object
 *   (PyTraceBack_Here), materialised then (_PyFrame_GetFrameObject) and owned by the frame;
 * - a frame that exits while its object is held elsewhere hands its locals over to the object
 *   (_PyFrame_Clear, take_ownership), which then holds the caller's frame object as `f_back`;
 * - `tb_frame`, `tb_next`, `tb_lineno`, `f_back`, `f_lineno`, `f_locals` (the frame's snapshot
 *   dict, refreshed at each read: PyFrame_FastToLocalsWithError), `f_globals`.
 *
 * The app's setup makes no frame object (no exception, no traceback): making them and reading their
 * attributes (frameObjectAttrs.ts) load with the library (lateCore.ts).
 */
import { PyTraceback, type PyFrameObject, type PyObject } from '../engine';
import type { TraceEntry } from './errors';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { lateCore } from './lateCore';

/** PyTraceBack_Here: a new entry for frame `f` in front of the exception's traceback. */
export function pushTraceback(interp: Interpreter, exc: PyObject, f: Frame): void {
  lateCore(interp).frames.pushTraceback(interp, exc, f);
}

/**
 * The frame-object part of _PyFrame_Clear, at frame exit. Returns true when the object, still
 * held by someone else, took the frame over (its locals stay alive and must not be released).
 */
export function frameObjectTakesOver(interp: Interpreter, f: Frame): boolean {
  const fo = f.frameObj;
  if (!fo) return false;
  const h = interp.heap;
  f.frameObj = null;
  if (fo.refcount > 1) {
    lateCore(interp).frames.takeOwnership(interp, fo, f);
    h.decref(fo);
    return true;
  }
  h.decref(fo);
  return false;
}

/**
 * The module frame starts (PyEval_EvalCode): its f_locals is the globals dict, and the function
 * object made to run the code holds the globals too.
 */
export function enterModuleFrame(interp: Interpreter, f: Frame): void {
  const h = interp.heap;
  h.incref(f.globals, f, 'f_locals');
  f.fLocals = f.globals;
  h.incref(f.globals, f, 'f_func');
  f.codeGlobals = f.globals;
}

/** The module frame exits (_PyFrame_Clear): unless its object takes over, f_locals then f_func. */
export function leaveModuleFrame(interp: Interpreter, f: Frame): void {
  if (frameObjectTakesOver(interp, f)) return;
  releaseFrameLocals(interp, f);
  const g = f.codeGlobals;
  f.codeGlobals = null;
  if (g) interp.heap.decref(g, f, 'f_func');
}

/** A traceback's or a frame's attribute (a new reference; frameObjectAttrs.ts). */
export function frameOrTracebackAttr(
  interp: Interpreter,
  o: PyTraceback | PyFrameObject,
  name: string,
): PyObject {
  return lateCore(interp).frames.attr(interp, o, name);
}

/** Releases the frame's `locals()` dict at exit, as _PyFrame_Clear does after the locals. */
export function releaseFrameLocals(interp: Interpreter, f: Frame): void {
  const d = f.fLocals;
  if (!d) return;
  f.fLocals = null;
  interp.heap.decref(d, f, 'f_locals');
}

/** The entries of a traceback chain as printed, innermost first (PyError.traceback's order). */
export function tracebackEntries(tb: PyObject): TraceEntry[] {
  const out: TraceEntry[] = [];
  for (let t = tb instanceof PyTraceback ? tb : null; t; t = t.next) {
    if (!t.frame) continue;
    const code = (t.frame.data as Frame).code;
    out.push({
      file: code.file,
      line: t.lineno,
      scope: code.name,
      text: code.lines[t.lineno - 1] ?? '',
    });
  }
  return out.reverse();
}
