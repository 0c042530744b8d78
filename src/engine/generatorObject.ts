/**
 * A generator object (CPython 3.11's PyGenObject): made by calling a generator function, it owns
 * that call's frame (gi_iframe) while the frame is suspended: the function (f_func), the fast
 * locals and whatever the value stack held at the `yield` (a running `for` loop's iterator, the
 * iterator of a `yield from`). tp_traverse reports them in _PyFrame_Traverse's order; the type has
 * no tp_clear, so the collector frees a generator in a cycle only through tp_finalize (close(),
 * which runs the frame's `finally` blocks and clears the frame) or the other objects' tp_clear.
 * Running the frame is the interpreter's business (python/generators.ts); the engine only sees
 * what the suspended frame holds.
 */
import { PyObject, type PyType } from './objects';
import type { Heap } from './heap';
import { typeConstants, type ViewRefs, type Visit } from './slots';

/** What the engine needs of a suspended frame: the references it owns. */
export interface SuspendedFrame {
  readonly func: PyObject | null;
  readonly fast: (PyObject | null)[];
  readonly stack: (PyObject | null)[];
  readonly code: { readonly localNames: readonly string[] };
}

/** gi_frame_state, as CPython 3.11 names the states a generator's frame goes through. */
export type GeneratorState = 'created' | 'suspended' | 'running' | 'completed';

export class PyGenerator extends PyObject {
  state: GeneratorState = 'created';
  /** PEP 442: tp_finalize (close) has been called, by the collector or the deallocator. */
  finalized = false;
  /** What runs the frame (the interpreter's resumable body), or null before the first send. */
  runner: unknown = null;
  /** gi_exc_state: the exceptions its frame was handling when it last yielded (the interpreter's). */
  excState: unknown[] | null = null;
  constructor(
    address: number,
    readonly type: PyType,
    /** gi_name and gi_qualname. */
    readonly name: string,
    readonly qualname: string,
    /** The frame, owned until it is cleared (null from then on). */
    public frame: SuspendedFrame | null,
  ) {
    super(address);
  }
  /** gen_traverse: the frame's function, then its locals, then its value stack. */
  traverse(visit: Visit): void {
    const f = this.frame;
    if (!f) return;
    if (f.func) visit(f.func);
    for (const v of f.fast) if (v) visit(v);
    for (const v of f.stack) if (v) visit(v);
  }
  /** gen_dealloc: its frame is cleared (see Heap.clearGeneratorFrame). */
  dealloc(heap: Heap): void {
    heap.clearGeneratorFrame(this);
  }
  /** The suspended frame's locals by name, then its value stack. */
  viewRefs(refs: ViewRefs): void {
    for (const [name, f] of generatorFields(this)) refs.add(name, f);
  }
}
typeConstants(PyGenerator, { gc: true });

/** The suspended frame's references with their names, for the view. */
export function generatorFields(g: PyGenerator): [string, PyObject][] {
  const f = g.frame;
  if (!f) return [];
  const out: [string, PyObject][] = [];
  f.code.localNames.forEach((name, i) => {
    const v = f.fast[i];
    if (v) out.push([name, v]);
  });
  for (const v of f.stack) if (v) out.push(['(stack)', v]);
  return out;
}
