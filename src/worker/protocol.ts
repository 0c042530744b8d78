/**
 * What the page and the interpreter's thread say to each other. Everything here is plain data
 * (structured-clone safe): statements go in as Python text, results come back as transcript
 * entries, the run's events and a snapshot of the heap for the view.
 */
import type { HeapEvent, HeapSnapshot, ProfileName } from '../engine';
import type { StopPoint } from '../python/budget';
import type { PausedView, StepMark } from '../python/stepTrace';
import type { StepColumns } from '../python/stepColumns';
import type { OutputChunk } from '../python/session';

/**
 * Where a statement came from: typed in the console, made by a gesture, the session's setup, or a
 * whole program run from the script editor (in 'exec' mode, recorded step by step).
 */
export type Origin = 'console' | 'canvas' | 'setup' | 'script';

/** The heap just before a step of a script ran, with the frames of the calls in progress. */
export type StepView = PausedView;

export type { StepColumns, StepMark, StopPoint };

/** One statement of a session's history, as saved and replayed. */
export interface HistoryStatement {
  readonly source: string;
  readonly origin: Origin;
  /**
   * Where the statement was stopped when it first ran (Stop pressed, or its time budget ran out),
   * so a replay stops it at exactly the same point and rebuilds exactly the same heap.
   */
  readonly stop: StopPoint | null;
}

/** A statement that ran: what it printed and how it ended. */
export interface StatementOutcome extends HistoryStatement {
  readonly output: readonly OutputChunk[];
  /** False when it raised, was refused or was stopped. */
  readonly ok: boolean;
  /** The error's last line, e.g. "KeyboardInterrupt", or null. */
  readonly error: string | null;
}

/** Why restoring a saved session stopped before its end. */
export interface RestoreProblem {
  /** Index (0-based) in the history of the statement that could not be replayed. */
  readonly index: number;
  /** What went wrong, in words for the person ("took longer than 3 s to run again"). */
  readonly reason: string;
}

export interface StartRequest {
  readonly setup: readonly string[];
  readonly history: readonly HistoryStatement[];
  /** How many statements of `history` to apply. */
  readonly position: number;
  readonly profile?: ProfileName;
}

export interface StartResult {
  readonly setup: readonly StatementOutcome[];
  /** Objects the setup made: the canvas can leave them out. */
  readonly setupIds: readonly number[];
  /** The statements replayed, in order (the first `position` of the history, or fewer). */
  readonly replayed: readonly StatementOutcome[];
  /** How many statements are applied: `position`, or fewer if restoring stopped early. */
  readonly position: number;
  readonly problem: RestoreProblem | null;
  readonly snapshot: HeapSnapshot;
}

export interface RunResult {
  readonly outcome: StatementOutcome;
  readonly events: readonly HeapEvent[];
  readonly snapshot: HeapSnapshot;
  /** A script's steps, in order (origin 'script' only). */
  readonly steps?: StepColumns;
}

export interface MoveResult {
  readonly position: number;
  /** Statements run forward again (a redo), with their new outcome. */
  readonly rerun: readonly { readonly index: number; readonly outcome: StatementOutcome }[];
  /** The events of a single redo, to animate; empty for jumps and undos. */
  readonly events: readonly HeapEvent[];
  readonly snapshot: HeapSnapshot;
  readonly problem: RestoreProblem | null;
}

/** Figures of the run in progress, sent about every 100 ms while it lasts. */
export interface HostProgress {
  readonly task: 'run' | 'replay';
  /** Statement being run: its index in the history, and how many are to be run in this task. */
  readonly index: number;
  readonly total: number;
  readonly work: number;
  readonly elapsedMs: number;
  readonly objects: number;
  readonly bytes: number;
}

export type Request =
  | { readonly type: 'start'; readonly start: StartRequest }
  | { readonly type: 'run'; readonly source: string; readonly origin: Origin }
  /** Applies exactly the first `position` statements of the history. */
  | { readonly type: 'moveTo'; readonly position: number }
  /** Restoring stopped at a problem: replay the rest with the live budget. */
  | { readonly type: 'resumeRestore'; readonly position: number }
  /** The heap at a step of the script that is statement `index` of the history. */
  | { readonly type: 'stepView'; readonly index: number; readonly step: number }
  /**
   * The object a name path (`objs[122]`, `n.next`) reaches on the live heap, by its id, or null:
   * the view's snapshot lists only a container's first references, the path may go past them.
   */
  | { readonly type: 'lookPath'; readonly path: string };

export type ResultOf<R extends Request> = R extends { type: 'start' }
  ? StartResult
  : R extends { type: 'run' }
    ? RunResult
    : R extends { type: 'stepView' }
      ? StepView
      : R extends { type: 'lookPath' }
        ? number | null
        : MoveResult;

/** Page → worker. */
export type ToWorker =
  | { readonly kind: 'init'; readonly interrupt: SharedArrayBuffer | null }
  | { readonly kind: 'request'; readonly id: number; readonly request: Request };

/** Worker → page. */
export type FromWorker =
  | { readonly kind: 'reply'; readonly id: number; readonly result: unknown }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
  | { readonly kind: 'progress'; readonly progress: HostProgress };
