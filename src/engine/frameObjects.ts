/**
 * Frame objects and traceback objects, as CPython 3.11 makes them.
 *
 * A running function's frame is not an object (a `_PyInterpreterFrame` on the thread's stack); a
 * frame object is materialised for it only when something asks (_PyFrame_GetFrameObject): a
 * traceback entry (PyTraceBack_Here), `f_back`, or the exit of a frame whose object outlives it.
 * Until its frame finishes, the frame object only points at it (the frame owns its locals) and is
 * not tracked by the collector. When the frame exits while someone else still holds the object
 * (_PyFrame_Clear with a refcount above one), the object takes the frame over (take_ownership):
 * from then on it owns the locals, the function and the `f_locals` dict, its `f_back` holds the
 * caller's frame object (materialised then), and it is tracked: a finished frame kept by a
 * traceback keeps every local alive, and can be part of a cycle.
 *
 * A traceback object holds the next (inner) entry and the frame object of its own entry.
 */
import type { PyDict } from './objects';
import { PyObject, type PyType } from './objects';
import type { Heap } from './heap';
import { typeConstants, type DisplayOut, type ViewRefs, type Visit } from './slots';

/** The interpreter frame's part a frame object takes over: implemented by python/frame.ts. */
export interface FrameData {
  /** The fast locals (cells and free variables included), in slot order; owned by the frame. */
  readonly fast: (PyObject | null)[];
  /** The function being run (f_func), owned; null for module code. */
  func: PyObject | null;
  /**
   * frame->f_locals, owned: the dict `locals()` / `f_locals` made in a function (null until
   * asked); a module frame's globals.
   */
  fLocals: PyDict | null;
  /**
   * Module code only: the globals dict held by the function object PyEval_EvalCode makes to run
   * it (the module frame's f_func, not otherwise modelled), owned.
   */
  codeGlobals: PyDict | null;
  /** The current line (f_lineno). */
  lineno: number;
  readonly code: {
    readonly name: string;
    readonly localNames: readonly string[];
    readonly kind: 'module' | 'function' | 'class';
  };
}

export class PyFrameObject extends PyObject {
  /** f_back once the frame finished (take_ownership), owned; null before and for the outermost. */
  back: PyFrameObject | null = null;
  /** FRAME_OWNED_BY_FRAME_OBJECT: the frame finished and this object owns its contents. */
  owned = false;
  constructor(
    address: number,
    readonly type: PyType,
    readonly data: FrameData,
  ) {
    super(address);
  }
  /** frame_traverse: f_back, then (once it owns them) f_locals, f_func, globals, the locals. */
  traverse(visit: Visit): void {
    if (this.back) visit(this.back);
    if (!this.owned) return;
    const d = this.data;
    if (d.fLocals) visit(d.fLocals);
    if (d.func) visit(d.func);
    if (d.codeGlobals) visit(d.codeGlobals);
    for (const v of d.fast) if (v) visit(v);
  }
  /** frame_tp_clear: the locals. */
  clear(heap: Heap): void {
    clearFrameLocals(this, (v, field) => heap.decref(v, this, field));
  }
  dealloc(heap: Heap): void {
    deallocFrameObject(this, (v, field) => heap.decref(v, this, field));
  }
  /** `<frame g, line 3>`: the code it runs and its current line (CPython's repr adds the file). */
  display(out: DisplayOut): void {
    out.text += `<frame ${this.data.code.name}, line ${this.data.lineno}>`;
  }
  /** Once it owns its frame: the locals by name and f_locals; then f_back. */
  viewRefs(refs: ViewRefs): void {
    if (this.owned) {
      const d = this.data;
      d.fast.forEach((v, i) => {
        if (v) refs.add(d.code.localNames[i] ?? `[${i}]`, v);
      });
      if (d.fLocals) refs.add('f_locals', d.fLocals);
    }
    if (this.back) refs.add('f_back', this.back);
  }
  /**
   * The bytes the memory budget counts: its header and the frame data it can take over
   * (frame_sizeof adds the code's stack size, not modelled).
   */
  sizeof(): number {
    return 120 + 8 * this.data.fast.length;
  }
}

export class PyTraceback extends PyObject {
  constructor(
    address: number,
    readonly type: PyType,
    /** tb_next (the entry of the frame it was raised further in), owned. */
    public next: PyTraceback | null,
    /** tb_frame, owned. */
    public frame: PyFrameObject | null,
    /** tb_lineno: the line its frame was at when the exception passed through it. */
    readonly lineno: number,
  ) {
    super(address);
  }
  /** tb_traverse: tb_next, then tb_frame. */
  traverse(visit: Visit): void {
    if (this.next) visit(this.next);
    if (this.frame) visit(this.frame);
  }
  /** tb_clear. */
  clear(heap: Heap): void {
    clearTraceback(this, (v, field) => heap.decref(v, this, field));
  }
  viewRefs(refs: ViewRefs): void {
    if (this.next) refs.add('tb_next', this.next);
    if (this.frame) refs.add('tb_frame', this.frame);
  }
  /** tb's getsizeof. */
  sizeof(): number {
    return 56;
  }
}

// frame_dealloc and tb_dealloc both go through the trashcan.
typeConstants(PyFrameObject, { gc: true, deallocKind: 1 });
typeConstants(PyTraceback, { gc: true, deallocKind: 1 });

/**
 * frame_dealloc when the object owns its frame: f_func, f_locals, then the locals in slot order;
 * then (always) f_back. `release` drops one reference, labelled with the field it was in.
 */
export function deallocFrameObject(
  o: PyFrameObject,
  release: (v: PyObject, field: string | number) => void,
): void {
  if (o.owned) {
    const d = o.data;
    const func = d.func;
    d.func = null;
    if (func) release(func, 'f_func');
    const g = d.codeGlobals;
    d.codeGlobals = null;
    if (g) release(g, 'f_func');
    const fl = d.fLocals;
    d.fLocals = null;
    if (fl) release(fl, 'f_locals');
    clearFrameLocals(o, release);
  }
  const back = o.back;
  o.back = null;
  if (back) release(back, 'f_back');
}

/** frame_tp_clear (3.11): the locals in slot order (f_func and f_locals stay). */
export function clearFrameLocals(
  o: PyFrameObject,
  release: (v: PyObject, field: string | number) => void,
): void {
  if (!o.owned) return;
  const fast = o.data.fast;
  for (let i = 0; i < fast.length; i++) {
    const v = fast[i];
    if (!v) continue;
    fast[i] = null;
    release(v, o.data.code.localNames[i] ?? i);
  }
}

/** tb_dealloc and tb_clear: tb_next, then tb_frame. */
export function clearTraceback(
  o: PyTraceback,
  release: (v: PyObject, field: string) => void,
): void {
  const next = o.next;
  const frame = o.frame;
  o.next = null;
  o.frame = null;
  if (next) release(next, 'tb_next');
  if (frame) release(frame, 'tb_frame');
}
