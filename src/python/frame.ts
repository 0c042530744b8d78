/**
 * Frames and compiled code. A frame holds real references: its fast locals (function frames),
 * its value stack of temporaries, and the function being run. The module frame's names live in
 * the module's globals dict instead of fast locals, as in CPython.
 */
import { PyFunction, STACK } from '../engine';
import type { FrameData, Heap, PyDict, PyFrameObject, PyObject, RefHolder } from '../engine';
import type { CodeConsts } from './constants';

/** How a statement finished: fell through, or left by break / continue / return. */
export const enum Signal {
  Normal = 0,
  Break = 1,
  Continue = 2,
  Return = 3,
}

/** An expression: evaluates to a new reference owned by the caller. */
export type Ev = (f: Frame) => PyObject;
/** A statement. */
export type Ex = (f: Frame) => Signal;
/**
 * A statement of a generator's body that may suspend (resumable.ts): a JavaScript generator that
 * yields new references (the values a `yield` gives out) and is resumed with a new reference (the
 * value sent in, which the `yield` expression evaluates to), or thrown a PyError at the `yield`.
 */
export type GenEx = (f: Frame) => Generator<PyObject, Signal, PyObject>;

/** What `compile` produces for a module, a function body or a class body. */
export interface CodeUnit {
  readonly name: string;
  readonly file: string;
  readonly kind: 'module' | 'function' | 'class';
  /** Fast local names: parameters first, then other locals in order of first assignment. */
  readonly localNames: readonly string[];
  /** Every parameter slot: named ones, then `*args`, then `**kwargs` (see `signature`). */
  readonly paramCount: number;
  /** How the parameters take arguments; absent: `paramCount` plain positional-or-keyword ones. */
  readonly signature?: Signature;
  readonly firstLine: number;
  /** Source lines, for tracebacks. */
  readonly lines: readonly string[];
  body: Ex;
  /** A generator function's body as it runs (resumable.ts); calling the function makes a generator. */
  readonly resumable?: GenEx;
  /**
   * CPython 3.11's warm-up count (co_warmup): -8 at first, +1 at each entry (RESUME) and each loop
   * back-edge (JUMP_BACKWARD). From 0 on the code is quickened: specialised instructions such as
   * PRECALL_NO_KW_STR_1 call `str(x)` without packing its argument in a tuple.
   */
  warmup: number;
  /** The JavaScript stack a frame of this code is estimated to take (see stackGuard.ts). */
  readonly stackBytes: number;
  /** What CPython's frame for it takes: a header, a slot per local and per stack entry. */
  readonly frameBytes: number;
  /** The local slots that hold a cell (MAKE_CELL at entry), in slot order. */
  readonly cellSlots?: readonly number[];
  /** The first free-variable slot: the rest are the function's closure cells (COPY_FREE_VARS). */
  readonly freeStart?: number;
  /** A function's docstring (its first constant), or null; and that constant once made. */
  readonly doc?: string | null;
  docConst?: PyObject;
  /** co_consts, held while the code object is (constants.ts); absent for a module's. */
  readonly consts?: CodeConsts;
}

/** The bytes of a frame with `locals` fast locals (about: its value stack is taken as 8 deep). */
export function frameBytesFor(locals: number): number {
  return 80 + 8 * (locals + 8);
}

export const WARMUP_START = -8;

/**
 * A function's parameters as CPython's code object counts them. Slots go in co_varnames order:
 * the `argCount` positional ones (the first `posOnlyCount` of them before a `/`), the
 * `kwOnlyCount` keyword-only ones, then `*args` and `**kwargs` when present.
 */
export interface Signature {
  readonly argCount: number;
  readonly posOnlyCount: number;
  readonly kwOnlyCount: number;
  readonly varArgs: boolean;
  readonly varKw: boolean;
}

export class Frame implements RefHolder, FrameData {
  /** Temporaries, owned: evaluated call arguments, a running `for` loop's iterator, ... */
  readonly stack: (PyObject | null)[] = [];
  lineno: number;
  /** Set by a `return` statement: owned. */
  retval: PyObject | null = null;
  /** A generator's frame suspended in `yield from`: the iterator it delegates to (borrowed). */
  delegate: PyObject | null = null;
  /** Its frame object once one was materialised (frame->frame_obj), owned; see frameObjects.ts. */
  frameObj: PyFrameObject | null = null;
  /** The snapshot dict `locals()` made (frame->f_locals), owned; null until asked for. */
  fLocals: PyDict | null = null;
  /** Module code: the globals its function object holds (see engine/frameObjects.ts), owned. */
  codeGlobals: PyDict | null = null;

  constructor(
    readonly address: number,
    readonly code: CodeUnit,
    /** The globals dict (borrowed from the function or module). */
    readonly globals: PyDict,
    /** Where LOAD_NAME/STORE_NAME go: globals for a module, the class namespace for a class body. */
    readonly names: PyDict | null,
    /** Fast locals of a function frame, owned; null when unbound. */
    readonly fast: (PyObject | null)[],
    /** The function being run (owned by the frame, as f_func), or null for module code. */
    public func: PyObject | null,
    /** The calling frame (frame->previous); a generator's is its resumer's, null while suspended. */
    public back: Frame | null,
  ) {
    this.lineno = code.firstLine;
  }
}

/**
 * Pops the top two entries of the value stack and releases them in the order given: the end of
 * an instruction that consumed them (its DECREFs run after the stack no longer holds them).
 */
export function dropTwo(h: Heap, f: Frame, first: PyObject, second: PyObject): void {
  f.stack.pop();
  f.stack.pop();
  h.decref(first, STACK);
  h.decref(second, STACK);
}

/** dropTwo for three entries (STORE_SUBSCR's value, container and key). */
export function dropThree(
  h: Heap,
  f: Frame,
  first: PyObject,
  second: PyObject,
  third: PyObject,
): void {
  f.stack.pop();
  f.stack.pop();
  f.stack.pop();
  h.decref(first, STACK);
  h.decref(second, STACK);
  h.decref(third, STACK);
}

/**
 * A frame's title: its function's qualified name, `<module>`, or the class being made. (Here, not
 * in stepTrace.ts: every snapshot names its frames, and the step trace loads with the library.)
 */
export function frameName(f: Frame): string {
  if (f.func instanceof PyFunction) return f.func.qualname;
  return f.code.kind === 'module' ? '<module>' : f.code.name;
}

/**
 * Drops the items of a value stack above `depth` (their references are the caller's to release).
 * A pop loop: setting `length` is a call into V8's runtime, several times slower than popping the
 * few items a call or an unpacking leaves.
 */
export function dropStackTo(stack: unknown[], depth: number): void {
  while (stack.length > depth) stack.pop();
}
