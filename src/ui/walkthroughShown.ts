/**
 * What the views around the canvas may say while a collection is walked through. A statement's
 * collection is walked through when it called gc.collect(), wherever (the engine's events say so,
 * not the statement's text: `f()` whose body collects is walked through too); a collection an
 * allocation started is only summarized, and opened on demand after the statement was shown in
 * full: nothing is held back for that one. The engine ran
 * the statement to the end before the canvas showed its first step, so the session already holds
 * everything: the transcript entry's output (what `__del__` and callbacks printed, then the value
 * gc.collect() returned), the status line's summary of what was freed, the collector's counts and
 * gc.garbage after the run. None of it may run ahead of the step the canvas shows: the
 * transcript shows the output printed up to that step, the status line holds the summary until
 * the last step, the collector panel shows the heap the canvas draws.
 *
 * This is a mask over the session's record by the walkthrough's state in the mount's collector
 * store, nothing more: Skip to end, a new statement or an undo ends it, and everything shows.
 *
 * The canvas is asked to walk through a run (CanvasHost.tsx) after the session has recorded it;
 * until it reports on that run, a run it will be asked to walk through counts as walked through,
 * at its start, so nothing flashes ahead for a frame.
 */
import type { CollectorState } from '../render/collectorState';
import { hasExplicitCollection } from '../render/collections';
import type { OutputChunk } from '../python/session';
import type { RunRecord } from '../store/sessionStore';
import type { TranscriptEntry } from '../store/transcript';

export interface WalkthroughShown {
  /** The transcript entry whose statement is walked through. */
  readonly entryId: number;
  /** Its source, for the status line. */
  readonly source: string;
  /** The step the canvas shows, 1-based; 0 while the canvas has not shown the first yet. */
  readonly step: number;
  readonly total: number;
  /** How many characters of the entry's output (stdout and stderr) the step has reached. */
  readonly printed: number;
  /** The canvas draws the heap after the run (the walkthrough is past the deletion). */
  readonly committed: boolean;
}

/**
 * Is `run` one the canvas is asked to walk through: a statement run (or redone) just now whose
 * events hold a collection it asked for (gc.collect(), called anywhere)?
 */
export function asksForWalkthrough(
  run: RunRecord | null,
  entry: TranscriptEntry | undefined,
): entry is TranscriptEntry {
  return (
    run !== null &&
    entry !== undefined &&
    (run.kind === 'run' || run.kind === 'redo') &&
    hasExplicitCollection(run.events)
  );
}

/** Where the walkthrough of the last run stands, or null when nothing is held back. */
export function walkthroughShown(
  run: RunRecord | null,
  transcript: readonly TranscriptEntry[],
  walk: CollectorState,
): WalkthroughShown | null {
  if (!run) return null;
  const entry = transcript.find((e) => e.id === run.entryId);
  if (!asksForWalkthrough(run, entry)) return null;
  if (walk.run === run.seq) {
    // The canvas has reported on this run: walking through it, or done (or declined); a
    // walkthrough opened on demand comes after the run was shown in full.
    if (!walk.active || walk.done || !walk.step || walk.onDemand) return null;
    return {
      entryId: entry.id,
      source: entry.source,
      step: walk.index + 1,
      total: walk.total,
      printed: walk.step.printed,
      committed: walk.committed,
    };
  }
  return {
    entryId: entry.id,
    source: entry.source,
    step: 0,
    total: 0,
    printed: 0,
    committed: false,
  };
}

/** The first `printed` characters of `output`, each chunk keeping its stream. */
export function outputShown(output: readonly OutputChunk[], printed: number): OutputChunk[] {
  const shown: OutputChunk[] = [];
  let left = printed;
  for (const chunk of output) {
    if (left <= 0) break;
    shown.push(chunk.text.length <= left ? chunk : { ...chunk, text: chunk.text.slice(0, left) });
    left -= chunk.text.length;
  }
  return shown;
}

/** "walking through the collection… (step 3 of 9)", under the entry held back. */
export function walkthroughHint(w: WalkthroughShown): string {
  const where = w.step > 0 ? ` (step ${w.step} of ${w.total})` : '';
  return `walking through the collection…${where}`;
}

/** What the status line says while the walkthrough goes: the summary waits for the last step. */
export function walkthroughStatus(w: WalkthroughShown): string {
  const first = w.source.split('\n')[0]!;
  const line = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return `Walking through ${line} one step at a time: what it collected is said after the last step.`;
}
