/**
 * Runs one console submission on the session and turns whatever happens into a transcript entry
 * and the run's events. Nothing escapes as a JS exception: a bug in the interpreter becomes an
 * error line in the transcript, and the session carries on with the heap as the interpreter left it.
 */
import type { HeapEvent } from '../engine/events';
import type { OutputChunk, RunOutcome, Session } from '../python/session';
import type { Origin, TranscriptEntry } from './transcript';

export interface StatementResult {
  readonly entry: TranscriptEntry;
  readonly events: readonly HeapEvent[];
}

export function runStatement(
  session: Session,
  id: number,
  source: string,
  origin: Origin = 'console',
): StatementResult {
  const outcome = safeRun(session, source);
  return {
    entry: {
      id,
      source,
      output: withErrorLine(outcome.output, outcome.ok, outcome.error),
      ok: outcome.ok,
      error: outcome.error,
      origin,
    },
    events: outcome.events,
  };
}

/** The entry for input that could not run because there is no interpreter. */
export function failedToStart(
  id: number,
  source: string,
  error: string,
  origin: Origin = 'console',
): StatementResult {
  return {
    entry: {
      id,
      source,
      output: [{ stream: 'stderr', text: `${error}\n` }],
      ok: false,
      error,
      origin,
    },
    events: [],
  };
}

function safeRun(session: Session, source: string): RunOutcome {
  try {
    return session.run(source, 'single');
  } catch (e) {
    const error = `InternalError: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, output: [], error, events: [], work: 0, stopped: null };
  }
}

/**
 * The error line must be visible even if the interpreter reported it only in `error` (a refusal
 * before anything ran prints nothing): append it on stderr unless stderr already ends with it.
 */
function withErrorLine(
  output: readonly OutputChunk[],
  ok: boolean,
  error: string | null,
): readonly OutputChunk[] {
  if (ok || !error) return output;
  const stderr = output
    .filter((c) => c.stream === 'stderr')
    .map((c) => c.text)
    .join('');
  if (stderr.trimEnd().endsWith(error)) return output;
  return [...output, { stream: 'stderr', text: `${error}\n` }];
}
