/**
 * The console transcript: every statement the user ran, in order, with what it printed. It is a
 * record of the session, never a way to change the heap (only `runPython` does that).
 */
import type { OutputChunk } from '../python/session';
export type { OutputChunk };
import type { Origin, StopPoint } from '../worker/protocol';

export type { Origin };

export interface TranscriptEntry {
  /** Increasing from 1; React keys and tests rely on it never repeating. */
  readonly id: number;
  /** The source exactly as submitted (may span several lines). */
  readonly source: string;
  /** stdout and stderr interleaved as they happened; an error's last line is always on stderr. */
  readonly output: readonly OutputChunk[];
  /** False when the statement raised, was refused (NotSupported, SyntaxError) or crashed. */
  readonly ok: boolean;
  /** The error's last line ("NameError: name 'zz' is not defined"), or null. */
  readonly error: string | null;
  /** Absent means 'console'. */
  readonly origin?: Origin;
  /** Where it was stopped when it first ran (Stop, or its time budget), for an exact replay. */
  readonly stop?: StopPoint | null;
}

/** Where a saved or shared statement came from: the setup is never saved, the rest is kept. */
export type SavedOrigin = 'console' | 'canvas' | 'script';

/** The origin a statement is saved with: a script must replay as a script ('exec' mode). */
export function savedOrigin(origin: unknown): SavedOrigin {
  return origin === 'canvas' || origin === 'script' ? origin : 'console';
}
