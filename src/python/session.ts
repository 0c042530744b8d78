/**
 * A Heapscope session: one `__main__` module on one simulated heap, fed Python source a piece at
 * a time. This is the single door through which the app changes the heap: the console, gestures
 * and lessons all call `run` with Python text.
 */
import type { HeapEvent, HeapSnapshot, ProfileName } from '../engine';
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
  /** Everything the heap did, in order. */
  readonly events: readonly HeapEvent[];
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

  constructor(options: SessionOptions = {}) {
    this.interpreter = new Interpreter({
      profile: options.profile,
      recordEvents: true,
      trackLive: true,
      stepLimit: options.stepLimit,
      objectLimit: options.objectLimit,
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
    const events = this.heap.drainEvents();
    const output: OutputChunk[] = [];
    for (const e of events) {
      if (e.kind !== 'stdout' && e.kind !== 'stderr') continue;
      const last = output[output.length - 1];
      if (last && last.stream === e.kind) output[output.length - 1] = { stream: e.kind, text: last.text + e.text };
      else output.push({ stream: e.kind, text: e.text });
    }
    return { ok: result.ok, output, error: result.errorLine, events };
  }

  snapshot(): HeapSnapshot {
    return this.interpreter.snapshot();
  }
}
