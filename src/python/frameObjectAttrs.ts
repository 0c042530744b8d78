/**
 * Frame objects and tracebacks made and read (frameObjects.ts says how CPython 3.11 does it):
 * a frame's object made on first use, a traceback entry pushed as an exception passes, the
 * object taking its frame over, and their attributes. This loads with the library (lateCore.ts):
 * the core reaches it through frameObjects.ts.
 */
import { PyCell, PyDict, PyFrameObject, PyInstance, PyTraceback, type PyObject } from '../engine';
import { NotSupported } from './errors';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/** _PyFrame_GetFrameObject: the frame's object, made on first use (borrowed: the frame owns it). */
function frameObjectOf(interp: Interpreter, f: Frame): PyFrameObject {
  if (f.frameObj) return f.frameObj;
  const h = interp.heap;
  // _PyFrame_New_NoTrack: a GC object, not tracked while its frame runs.
  const fo = h.track(new PyFrameObject(h.allocAddress(0x1b0), h.lazyType('frame'), f));
  h.gc.untrack(fo);
  f.frameObj = fo;
  return fo;
}

/** PyTraceBack_Here: a new entry for frame `f` in front of the exception's traceback. */
export function pushTraceback(interp: Interpreter, exc: PyObject, f: Frame): void {
  if (!(exc instanceof PyInstance)) return;
  const h = interp.heap;
  const fo = frameObjectOf(interp, f);
  h.incref(fo);
  const next = exc.traceback instanceof PyTraceback ? exc.traceback : null;
  const old = next ? null : exc.traceback;
  // The new entry takes over the exception's reference to the rest of the chain.
  const tb = h.track(
    new PyTraceback(h.allocAddress(0x40), h.lazyType('traceback'), next, fo, f.lineno),
  );
  if (next) h.noteMove(next, tb, 'tb_next');
  h.noteMove(fo, tb, 'tb_frame');
  exc.traceback = tb;
  if (old) h.decref(old, exc, '__traceback__');
}

/** take_ownership: the object owns the frame now; its caller's object becomes `f_back`. */
export function takeOwnership(interp: Interpreter, fo: PyFrameObject, f: Frame): void {
  const h = interp.heap;
  fo.owned = true;
  if (f.back) {
    const back = frameObjectOf(interp, f.back);
    h.incref(back, fo, 'f_back');
    fo.back = back;
  }
  if (!h.gc.isTracked(fo)) h.gc.track(fo);
}

/** A traceback's or a frame's attribute (a new reference). */
export function frameOrTracebackAttr(
  interp: Interpreter,
  o: PyTraceback | PyFrameObject,
  name: string,
): PyObject {
  const h = interp.heap;
  const line = interp.frame?.lineno ?? 0;
  const give = (v: PyObject | null): PyObject => {
    const r = v ?? h.None;
    h.incref(r);
    return r;
  };
  if (o instanceof PyTraceback) {
    if (name === 'tb_next') return give(o.next);
    if (name === 'tb_frame') return give(o.frame);
    if (name === 'tb_lineno') return h.newInt(o.lineno);
    if (name === '__class__') return give(o.type);
    throw new NotSupported(`the traceback object's attribute '${name}'`, line);
  }
  const d = o.data as Frame;
  if (name === 'f_back') return give(frameBack(interp, o));
  if (name === 'f_lineno') return h.newInt(d.lineno);
  if (name === 'f_globals') return give(d.globals);
  if (name === 'f_locals') return give(frameLocals(interp, o, line));
  if (name === '__class__') return give(o.type);
  throw new NotSupported(`the frame object's attribute '${name}'`, line);
}

/** PyFrame_GetBack: f_back once finished; while running, the caller's (materialised) object. */
function frameBack(interp: Interpreter, o: PyFrameObject): PyFrameObject | null {
  if (o.back || o.owned) return o.back;
  const back = (o.data as Frame).back;
  return back ? frameObjectOf(interp, back) : null;
}

/** `f_locals`: the module's globals, or a function frame's snapshot dict, refreshed now. */
function frameLocals(interp: Interpreter, o: PyFrameObject, line: number): PyDict {
  const f = o.data as Frame;
  if (f.code.kind === 'module') return f.globals;
  if (f.code.kind === 'class') throw new NotSupported("a class body frame's 'f_locals'", line);
  return localsSnapshot(interp, f);
}

/**
 * _PyFrame_FastToLocalsWithError: the frame's dict (made at the first call and kept by the frame)
 * gets each bound local in slot order, a cell's contents for a captured variable; an unbound
 * local's name is deleted from it.
 */
export function localsSnapshot(interp: Interpreter, f: Frame): PyDict {
  const h = interp.heap;
  if (!f.fLocals) f.fLocals = h.newDict();
  const d = f.fLocals;
  const names = f.code.localNames;
  const cells = new Set(f.code.cellSlots ?? []);
  const freeStart = f.code.freeStart ?? names.length;
  for (let i = 0; i < names.length; i++) {
    let v = f.fast[i] ?? null;
    if (v instanceof PyCell && (cells.has(i) || i >= freeStart)) v = v.contents;
    const key = interp.key(names[i]!);
    if (v) h.dictSet(d, key, v);
    else h.dictDelete(d, key);
  }
  return d;
}

/** repr of a traceback or a frame. */
export function frameOrTracebackRepr(o: PyTraceback | PyFrameObject, hex: string): string {
  if (o instanceof PyTraceback) return `<traceback object at ${hex}>`;
  const f = o.data as Frame;
  return `<frame at ${hex}, file '${f.code.file}', line ${f.lineno}, code ${f.code.name}>`;
}
