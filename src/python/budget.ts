/**
 * The budgets of a run: time and memory, and the deterministic count of work that paces their
 * checks. A leaf module (no interpreter imports): the interpreter keeps one `Budget`, the host (the
 * page's worker, the command line) gives the limits and listens to the progress.
 *
 * Work is counted, not timed: one unit per statement (every loop iteration runs one), plus units
 * that bulk operations charge in proportion to their size (`[0] * n`, `list(range(n))`, `sorted`,
 * joins, scans). Check points come whenever the count passes the next mark, so the same program
 * meets them at the same moments however fast the machine is. That is what makes a stop
 * replayable: a stop is recorded as the work done when it happened, and replaying the statement
 * with that `StopPoint` stops at the very same check point, leaving the very same heap.
 */

/** What a run may use. `Infinity` means no limit. */
export interface Limits {
  /** Wall-clock time of one run (a statement in the console, a whole script on the command line). */
  timeMs: number;
  /** Simulated bytes of live objects (as `sys.getsizeof` counts them) plus the interpreter's own. */
  memoryBytes: number;
}

/** Reported about every 100 ms of wall clock during a run. */
export interface Progress {
  /** Work done so far in this run (deterministic). */
  work: number;
  elapsedMs: number;
  /** Live objects on the heap. */
  objects: number;
  /** Simulated bytes in use (the memory budget's measure). */
  bytes: number;
}

/** Where and why a run was stopped; given back as `stopAt`, it reproduces the stop exactly. */
export interface StopPoint {
  readonly work: number;
  /** 'interrupt': a KeyboardInterrupt was raised; 'time': the time budget ended the run. */
  readonly reason: 'interrupt' | 'time';
  /** For a time stop: the time budget it ran out of (a replay reports the same message). */
  readonly timeMs?: number;
  /**
   * Set when a KeyboardInterrupt was raised earlier in the same run, caught by the program, and
   * the time budget ended the run later: the work at which that interrupt was raised.
   */
  readonly interruptedAt?: number;
}

/** Units of work between two check points. */
export const CHECK_INTERVAL = 1000;
/** Items a bulk operation handles per unit of work it charges. */
export const ITEMS_PER_UNIT = 1000;
/** How often (wall clock) `onProgress` is called during a run. */
export const PROGRESS_INTERVAL_MS = 100;

export const NO_LIMITS: Limits = { timeMs: Infinity, memoryBytes: Infinity };

/**
 * The time budget ended the run. Not a Python exception: no `except` or `finally` of the program
 * runs after it (each one's first statement meets the stop again), and the interpreter unwinds the
 * value stacks and frames as it goes, so the heap stays consistent.
 */
export class TimeLimitStop extends Error {}

/** "60 s", "0.15 s": a time budget as its messages say it. */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 10) / 100} s`;
}

/** The units of work a bulk operation over `items` items charges. */
export function unitsFor(items: number): number {
  return Math.floor(items / ITEMS_PER_UNIT);
}

export class Budget {
  /** Work done in the current run. */
  work = 0;
  /** The work at which the next check point comes. */
  nextCheck = CHECK_INTERVAL;
  limits: Limits = NO_LIMITS;
  /** The recorded stop to reproduce in this run (a replay), or null. */
  stopAt: StopPoint | null = null;
  /** This run's stop, once there is one. */
  stopped: StopPoint | null = null;
  /** The work at which this run raised its KeyboardInterrupt (one per run), or -1. */
  interruptedAt = -1;
  /** Set once the time budget ended the run: every later check point stops again. */
  halted = false;
  private started = 0;
  private lastProgress = 0;

  constructor(
    readonly interruptRequested: (() => boolean) | null,
    readonly onProgress: ((p: Progress) => void) | null,
  ) {}

  /** Resets the count for a new run. */
  begin(limits: Limits, stopAt: StopPoint | null): void {
    this.work = 0;
    this.nextCheck = CHECK_INTERVAL;
    this.limits = limits;
    this.stopAt = stopAt;
    this.stopped = null;
    this.interruptedAt = -1;
    this.halted = false;
    this.started = this.lastProgress = performance.now();
  }

  /** Makes the next statement a check point (the memory budget was passed, a stop happened). */
  checkSoon(): void {
    this.nextCheck = this.work;
  }

  /**
   * What the check point that was just reached must do, in this order: reproduce a recorded stop,
   * honour an interrupt request (once per run), end the run past its time budget. The caller
   * raises; `progress` is reported when none of them applies.
   */
  decide(): 'interrupt' | 'time' | null {
    this.nextCheck = this.work + CHECK_INTERVAL;
    if (this.halted) {
      this.nextCheck = this.work;
      return 'time';
    }
    const replay = this.stopAt;
    if (replay) {
      const early = replay.interruptedAt;
      if (early !== undefined && this.interruptedAt < 0 && this.work >= early) return 'interrupt';
      if (this.work >= replay.work) {
        if (replay.reason === 'time') return this.haltForTime();
        if (this.interruptedAt < 0) return 'interrupt';
      }
    }
    if (this.interruptedAt < 0 && this.interruptRequested?.()) return 'interrupt';
    const now = performance.now();
    if (now - this.started > this.limits.timeMs) return this.haltForTime();
    if (this.onProgress && now - this.lastProgress >= PROGRESS_INTERVAL_MS) {
      this.lastProgress = now;
      this.onProgress(this.progress(now));
    }
    return null;
  }

  /** Records the interrupt being raised at this check point. */
  noteInterrupt(): void {
    this.interruptedAt = this.work;
    this.stopped ??= { work: this.work, reason: 'interrupt' };
  }

  private haltForTime(): 'time' {
    if (!this.halted) {
      this.halted = true;
      const replay = this.stopAt;
      const timeMs = replay?.reason === 'time' ? replay.timeMs : this.limits.timeMs;
      this.stopped = {
        work: this.work,
        reason: 'time',
        ...(timeMs !== undefined && Number.isFinite(timeMs) ? { timeMs } : {}),
        ...(this.interruptedAt >= 0 ? { interruptedAt: this.interruptedAt } : {}),
      };
    }
    this.nextCheck = this.work;
    return 'time';
  }

  elapsedMs(): number {
    return performance.now() - this.started;
  }

  /** The figures reported to `onProgress`; objects and bytes come from the heap. */
  progressSource: () => { objects: number; bytes: number } = () => ({ objects: 0, bytes: 0 });

  private progress(now: number): Progress {
    const { objects, bytes } = this.progressSource();
    return { work: this.work, elapsedMs: now - this.started, objects, bytes };
  }
}
