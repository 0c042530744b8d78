/**
 * A script's steps: every statement it runs in its own code (not the library's), each with its
 * line and the frame it runs in, recorded as it runs, as Python Tutor's trace records its line
 * events. Replaying the same script with `pauseAt` stops it just before that step, with the heap
 * as it is there and the frames of the calls in progress (Interpreter.snapshot): the run is
 * deterministic, so step N of the replay is step N of the first run.
 */
import { PyFunction, type HeapSnapshot } from '../engine';
import type { Frame } from './frame';

/** One step of a script run: the line about to run, and in which frame. */
export interface StepMark {
  /** 1-based line of the script. */
  readonly line: number;
  /** How many frames are in progress: 1 is the module's. */
  readonly depth: number;
  /** The running code's qualified name: '<module>', 'f', 'Node.__init__'. */
  readonly frame: string;
  /** Live objects and their bytes (sys.getsizeof's measure, as the heap counts them) there. */
  readonly objects: number;
  readonly bytes: number;
}

/** What the heap holds at a step: its live objects and their bytes. */
export type HeapMeter = () => { readonly objects: number; readonly bytes: number };

/** The heap where a replay paused. */
export interface PausedView {
  readonly snapshot: HeapSnapshot;
  readonly mark: StepMark;
  /**
   * objgraph.typestats: how many objects the collector tracks there, by type name (what
   * `gc.get_objects()` would list), for a growth table between two steps.
   */
  readonly types: Readonly<Record<string, number>>;
}

/** Steps kept of one run: past it, a script still runs to its end but is not stepped further. */
export const STEP_LIMIT = 500_000;

export class StepTrace {
  /** The steps recorded (a recording trace), at most STEP_LIMIT. */
  readonly marks: StepMark[] = [];
  /** Steps seen so far, recorded or not. */
  count = 0;
  /** The heap at `pauseAt`, once the replay got there. */
  view: PausedView | null = null;

  constructor(
    /** The script's file: statements of other code (the library's Python) are not steps. */
    readonly file: string,
    /** Stop before this step (0-based) and keep the heap there; null records the whole run. */
    readonly pauseAt: number | null,
    readonly meter: HeapMeter,
  ) {}

  /**
   * A statement of `f` at `line` is about to run: a step when `f` runs the script's code. Returns
   * true when the run must stop here (the paused view was taken).
   */
  step(f: Frame, line: number, look: () => Omit<PausedView, 'mark'>): boolean {
    if (f.code.file !== this.file) return false;
    const index = this.count++;
    if (this.pauseAt === null) {
      if (index < STEP_LIMIT) this.marks.push(this.markOf(f, line));
      return false;
    }
    if (index !== this.pauseAt) return false;
    this.view = { ...look(), mark: this.markOf(f, line) };
    return true;
  }

  private markOf(f: Frame, line: number): StepMark {
    let depth = 0;
    for (let g: Frame | null = f; g; g = g.back) depth++;
    const { objects, bytes } = this.meter();
    return { line, depth, frame: frameName(f), objects, bytes };
  }
}

/** A frame's title: its function's qualified name, `<module>`, or the class being made. */
export function frameName(f: Frame): string {
  if (f.func instanceof PyFunction) return f.func.qualname;
  return f.code.kind === 'module' ? '<module>' : f.code.name;
}
