/**
 * The session store: one Python session, the transcript of what ran, the heap snapshot the view
 * draws, the events of the last run (for animation) and the selection.
 *
 * `runPython` is the only action that changes the heap: every gesture in the app becomes Python
 * source and goes through it. The snapshot is refreshed after every run, so the view always draws
 * what the engine reports and never computes refcounts of its own.
 */
import { create } from 'zustand';
import type { HeapEvent } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import { Session } from '../python/session';
import { failedToStart, runStatement } from './runStatement';
import type { TranscriptEntry } from './transcript';

/** The events of one run, tagged so the view can tell a new run from a re-render. */
export interface RunRecord {
  /** Equal to the id of the transcript entry that produced it. */
  readonly seq: number;
  readonly events: readonly HeapEvent[];
  /** The heap before the run, for labels that name objects the run freed. */
  readonly before: HeapSnapshot;
}

export interface SessionState {
  /** Null only if the interpreter failed to start; every run then reports why. */
  readonly session: Session | null;
  readonly transcript: readonly TranscriptEntry[];
  readonly snapshot: HeapSnapshot;
  readonly lastRun: RunRecord | null;
  /** Address of the selected object; cleared when that object is freed. */
  readonly selectedId: number | null;
  /** Runs console input on the heap and records the outcome. Blank input only echoes a prompt. */
  runPython(source: string): void;
  select(id: number | null): void;
}

const EMPTY: HeapSnapshot = { frames: [], objects: [] };

/** A new session, or the reason none could be made (shown for each run instead of a blank page). */
function freshSession(): { session: Session | null; startError: string } {
  try {
    return { session: new Session(), startError: '' };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { session: null, startError: `InternalError: the interpreter failed to start: ${why}` };
  }
}

function safeSnapshot(session: Session | null): HeapSnapshot {
  if (!session) return EMPTY;
  try {
    return session.snapshot();
  } catch {
    // A half-written interpreter may fail here; drawing nothing beats crashing the page.
    return EMPTY;
  }
}

export const useSession = create<SessionState>()((set, get) => {
  const { session, startError } = freshSession();
  return {
    session,
    transcript: [],
    snapshot: safeSnapshot(session),
    lastRun: null,
    selectedId: null,

    runPython(source) {
      const state = get();
      const id = (state.transcript.at(-1)?.id ?? 0) + 1;
      const text = source.replace(/\s+$/, '');
      if (text.trim() === '') {
        const entry = { id, source: '', output: [], ok: true, error: null };
        set({ transcript: [...state.transcript, entry] });
        return;
      }
      const { entry, events } = state.session
        ? runStatement(state.session, id, text)
        : failedToStart(id, text, startError);
      const snapshot = safeSnapshot(state.session);
      const stillAlive =
        state.selectedId !== null && snapshot.objects.some((o) => o.id === state.selectedId);
      set({
        transcript: [...state.transcript, entry],
        snapshot,
        lastRun: { seq: id, events, before: state.snapshot },
        selectedId: stillAlive ? state.selectedId : null,
      });
    },

    select(id) {
      set({ selectedId: id });
    },
  };
});
