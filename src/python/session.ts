/**
 * A Heapscope session: one `__main__` module on one simulated heap, fed Python source a piece at
 * a time. This is the single door through which the app changes the heap: the console, gestures
 * and lessons all call `run` with Python text.
 */
import type { HeapEvent, HeapSnapshot, ProfileName, SnapshotLimits } from '../engine';
import { Interpreter, type RunMode } from './interpreter';

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
  /** Everything the heap did, in order (only the first 100,000 when `eventsTruncated`). */
  readonly events: readonly HeapEvent[];
  readonly eventsTruncated?: boolean;
}

export interface SessionOptions {
  readonly profile?: ProfileName;
  /** Statements executed before a run is stopped as an endless loop. */
  readonly stepLimit?: number;
  /** Live objects allowed before an allocation raises MemoryError. */
  readonly objectLimit?: number;
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
      stepLimit: options.stepLimit ?? 1_000_000,
      objectLimit: options.objectLimit ?? 200_000,
      eventLimit: 100_000,
    });
    this.interpreter.heap.drainEvents();
  }

  get heap() {
    return this.interpreter.heap;
  }

  /**
   * Runs source text. In 'single' mode (the console) an expression statement echoes its repr as
   * the REPL does; 'exec' runs it as a script would.
   */
  run(source: string, mode: RunMode = 'single'): RunOutcome {
    const result = this.interpreter.run(source, mode, '<console>');
    const eventsTruncated = this.heap.eventsTruncated;
    const events = this.heap.drainEvents();
    const output = this.output;
    this.output = [];
    return { ok: result.ok, output, error: result.errorLine, events, eventsTruncated };
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
