/**
 * The ways running Python can fail. A Python exception (`PyError`) carries a real exception
 * object on the heap; the other two are Heapscope's own refusals, raised before any effect.
 */
import type { PyObject } from '../engine';

/** One line of a traceback: where a frame was when the exception passed through it. */
export interface TraceEntry {
  readonly file: string;
  readonly line: number;
  readonly scope: string;
  /** The source line, shown under the entry. */
  readonly text: string;
}

/** A raised Python exception. `exc` is an owned reference to the exception instance. */
export class PyError extends Error {
  /** Innermost frame last, as the exception passed outwards through them. */
  readonly traceback: TraceEntry[] = [];
  /** The frame of the last traceback entry: a frame is recorded once however it is left. */
  lastTraced: object | null = null;
  constructor(
    readonly exc: PyObject,
    message: string,
  ) {
    super(message);
  }
}

/** Source that Python itself would reject, reported as CPython reports it. */
export class PySyntaxError extends Error {
  constructor(
    readonly msg: string,
    /** 1-based line and column. */
    readonly line: number,
    readonly column: number,
    readonly lineText: string,
    /** IndentationError (and its TabError) are the SyntaxError subclasses for indentation. */
    readonly kind: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError',
  ) {
    super(`${kind}: ${msg} (line ${line}, column ${column})`);
  }
}

/**
 * An error CPython reports while reading or compiling source, as one line with no location:
 * "SyntaxError: source code string cannot contain null bytes", "MemoryError" (the parser's stack),
 * "RecursionError: maximum recursion depth exceeded during compilation".
 */
export class CompileFailure extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

/** Valid Python outside the subset Heapscope runs. Raised at compile time: nothing ran. */
export class NotSupported extends Error {
  constructor(
    readonly construct: string,
    readonly line: number,
  ) {
    super(`NotSupported: ${construct} is not supported by Heapscope (line ${line})`);
  }
}

/** The script ran too long or allocated too much; Heapscope stopped it to keep the tab alive. */
export class BudgetExceeded extends Error {}
