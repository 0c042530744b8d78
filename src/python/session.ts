/**
 * A Heapscope session: one `__main__` module on one simulated heap, fed Python source a piece at
 * a time. This is the single door through which the app changes the heap: the console, gestures
 * and lessons all call `run` with Python text.
 */
import type { EventLog, HeapEvent, HeapSnapshot, ProfileName, SnapshotLimits } from '../engine';
import type { Limits, Progress, StopPoint } from './budget';
import { Interpreter, type RunMode } from './interpreter';
import { lateCore } from './lateCore';
import type { Library } from './library';

/** The console's budgets until the host gives its own: a minute and 256 MiB per statement. */
export const DEFAULT_SESSION_LIMITS: Limits = { timeMs: 60_000, memoryBytes: 256 * 2 ** 20 };

/**
 * Events a statement keeps (counted as each is recorded); past it recording pauses until the
 * statement ends, and the heap counts what it no longer records (an `omitted` event at the log's
 * end) and records only each collection's start and result (heap.ts), so the view animates the
 * start of a long run and tells its totals. A row of the log is 20 bytes (engine/eventLog.ts),
 * but recording one costs about 55–70 ns and condensing it about 35–45 (`npm run bench`'s
 * "every event kept" lines): keeping the millions of a long loop would still cost seconds.
 */
export const SESSION_EVENT_LIMIT = 100_000;

export interface OutputChunk {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

export interface RunOutcome {
  /** False when the code raised (the error is in `output` on stderr) or was refused. */
  readonly ok: boolean;
  /** What the code printed, stdout and stderr interleaved as they happened. */
  readonly output: readonly OutputChunk[];
  /** The last line of the error, e.g. "NameError: name 'x' is not defined", or null. */
  readonly error: string | null;
  /**
   * Everything the heap did, in order (the first SESSION_EVENT_LIMIT when `eventsTruncated`), as
   * it was recorded: compact rows that become events when read (engine/eventRows.ts).
   */
  readonly log: EventLog;
  /** The same events, made (the first time this is read; the library must be attached). */
  readonly events: readonly HeapEvent[];
  readonly eventsTruncated?: boolean;
  /** The run's work count (deterministic; see budget.ts). */
  readonly work: number;
  /** Where the run was interrupted or stopped by its time budget, or null. */
  readonly stopped: StopPoint | null;
}

export interface SessionOptions {
  readonly profile?: ProfileName;
  /** Time and memory budgets of each run (DEFAULT_SESSION_LIMITS for what is not given). */
  readonly limits?: Partial<Limits>;
  /** Called about every 100 ms of wall clock while a run goes on. */
  readonly onProgress?: (p: Progress) => void;
  /** Polled at check points: true asks for a KeyboardInterrupt. */
  readonly interruptRequested?: () => boolean;
  /** The library to attach at once, or null to attach it later (see Interpreter's option). */
  readonly library?: Library | null;
}

export class Session {
  readonly interpreter: Interpreter;
  /** What the running code printed; collected apart from events, which a long run may drop. */
  private output: OutputChunk[] = [];

  constructor(options: SessionOptions = {}) {
    this.interpreter = new Interpreter({
      sink: (stream, text) => {
        const last = this.output[this.output.length - 1];
        if (last && last.stream === stream)
          this.output[this.output.length - 1] = { stream, text: last.text + text };
        else this.output.push({ stream, text });
        this.heap.emit({ kind: stream, text });
      },
      profile: options.profile,
      recordEvents: true,
      trackLive: true,
      limits: { ...DEFAULT_SESSION_LIMITS, ...options.limits },
      onProgress: options.onProgress,
      interruptRequested: options.interruptRequested,
      eventLimit: SESSION_EVENT_LIMIT,
      library: options.library,
    });
    this.interpreter.heap.drainLog();
  }

  /** Attaches the library made later (Interpreter.attachLibrary): no statement sees it happen. */
  attachLibrary(library: Library): void {
    this.interpreter.attachLibrary(library);
    this.heap.drainLog();
  }

  /** New budgets for the statements to come. */
  setLimits(limits: Partial<Limits>): void {
    this.interpreter.setLimits(limits);
  }

  get heap() {
    return this.interpreter.heap;
  }

  /**
   * Runs source text. In 'single' mode (the console) an expression statement echoes its repr as
   * the REPL does; 'exec' runs it as a script would. `stopAt` replays a recorded stop exactly
   * (the run is interrupted or stopped at the same work, leaving the same heap).
   */
  run(
    source: string,
    mode: RunMode = 'single',
    options: { stopAt?: StopPoint; file?: string } = {},
  ): RunOutcome {
    const { file = '<console>', ...rest } = options;
    const result = this.interpreter.run(source, mode, file, rest);
    const eventsTruncated = this.heap.eventsTruncated;
    const log = this.heap.drainLog();
    const output = this.output;
    this.output = [];
    let events: HeapEvent[] | null = null;
    const interpreter = this.interpreter;
    return {
      ok: result.ok,
      output,
      error: result.errorLine,
      log,
      get events() {
        return (events ??= lateCore(interpreter).allEvents(log));
      },
      eventsTruncated,
      work: result.work,
      stopped: result.stopped,
    };
  }

  /**
   * The picture of the heap for the view. Its objects are the ones the view draws until the next
   * snapshot: the heap records bulk operations and collections in detail for those (`inView`).
   */
  snapshot(limits?: SnapshotLimits): HeapSnapshot {
    const snapshot = this.interpreter.snapshot(limits);
    this.heap.inView = new Set(snapshot.objects.map((o) => o.id));
    return snapshot;
  }
}
