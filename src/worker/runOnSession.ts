/**
 * One statement on a session, with the budget and the stop point the host gives it. (The seam
 * between the host and the interpreter's budget API.)
 */
import type { OutputChunk, Session } from '../python/session';
import type { HeapEvent } from '../engine';
import type { StopPoint } from './protocol';

export interface RunLimits {
  /** Wall-clock time the statement may take (ms); Infinity for none. */
  readonly timeMs: number;
  /** Simulated bytes the heap may hold. */
  readonly memoryBytes: number;
}

export interface SessionRun {
  readonly ok: boolean;
  readonly output: readonly OutputChunk[];
  readonly error: string | null;
  readonly events: readonly HeapEvent[];
  readonly stopped: StopPoint | null;
}

export function runOnSession(
  session: Session,
  source: string,
  _options: { stopAt: StopPoint | null; limits: RunLimits },
): SessionRun {
  const r = session.run(source, 'single');
  return { ...r, stopped: null };
}
