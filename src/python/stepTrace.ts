/**
 * A script's steps: every statement it runs in its own code (not the library's), each with its
 * line and the frame it runs in, recorded as it runs, as Python Tutor's trace records its line
 * events. Replaying the same script with `pauseAt` stops it just before that step, with the heap
 * as it is there and the frames of the calls in progress (Interpreter.snapshot): the run is
 * deterministic, so step N of the replay is step N of the first run.
 */
import type { HeapSnapshot } from '../engine';
import { frameName, type Frame } from './frame';
import type { StepMark } from './stepColumns';
import { StepRecorder } from './stepRecorder';

export type { StepMark };

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
  readonly marks = new StepRecorder();
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
      if (index < STEP_LIMIT) {
        const { objects, bytes } = this.meter();
        this.marks.push(line, depthOf(f), frameName(f), objects, bytes);
      }
      return false;
    }
    if (index !== this.pauseAt) return false;
    this.view = { ...look(), mark: this.markOf(f, line) };
    return true;
  }

  private markOf(f: Frame, line: number): StepMark {
    const { objects, bytes } = this.meter();
    return { line, depth: depthOf(f), frame: frameName(f), objects, bytes };
  }
}

/** How many frames are in progress at `f`: 1 is the module's. */
function depthOf(f: Frame): number {
  let depth = 0;
  for (let g: Frame | null = f; g; g = g.back) depth++;
  return depth;
}
