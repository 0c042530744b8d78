/**
 * The session store: one Python session, the history of statements run on it, the heap snapshot
 * the view draws, the events of the last change (for animation) and the selection.
 *
 * `runPython` is the only action that changes the heap: every gesture in the app becomes Python
 * source and goes through it. The snapshot is refreshed after every run, so the view always draws
 * what the engine reports and never computes refcounts of its own.
 *
 * History is replay. The session is its setup (the prelude's class definitions) plus the list of
 * statements; `position` of them are applied, the rest were undone. Undo rebuilds the heap by
 * running the applied statements again in a fresh interpreter (the engine is deterministic, so the
 * objects come back with the same addresses and the canvas does not move); redo runs the next
 * statement on the current heap, so it animates like the first time. The list and the position
 * are saved in the browser after every change and replayed on load.
 */
import { create } from 'zustand';
import { condenseEvents, shownIdsOf } from '../engine/condense';
import type { HeapEvent } from '../engine/events';
import type { HeapSnapshot } from '../engine/snapshot';
import { Session } from '../python/session';
import {
  browserStorage,
  loadSession,
  saveSession,
  type SavedSession,
  type StorageLike,
} from './persistence';
import { PRELUDE } from './prelude';
import { failedToStart, runStatement } from './runStatement';
import { inspectedObject, type Selection } from './selection';
import { measure, measureToNextFrame } from './timing';
import type { Origin, TranscriptEntry } from './transcript';

/** What the last change to the heap was, tagged so the view can tell a new change from a re-render. */
export interface RunRecord {
  /** Increases with every change, whatever its kind. */
  readonly seq: number;
  /** A statement run, undone or redone, or a jump through the history (several statements). */
  readonly kind: 'run' | 'undo' | 'redo' | 'jump' | 'restore';
  /** The transcript entry that was run, undone or redone; null for jumps and restores. */
  readonly entryId: number | null;
  /** What the heap did (empty for undo and jumps, which rebuild the heap instead of running). */
  readonly events: readonly HeapEvent[];
  /** The heap before the change, for labels that name objects the change freed. */
  readonly before: HeapSnapshot;
}

export interface SessionState {
  /** Null only if the interpreter failed to start; every run then reports why. */
  readonly session: Session | null;
  /** The setup statements run before the first one of the history (class Node, class Finalized). */
  readonly setup: readonly TranscriptEntry[];
  /** Every statement of the history, applied or undone, oldest first. */
  readonly transcript: readonly TranscriptEntry[];
  /** How many entries of `transcript` are applied; the ones after it were undone. */
  readonly position: number;
  readonly snapshot: HeapSnapshot;
  /** Objects the setup made (the classes and their methods): the canvas can leave them out. */
  readonly setupIds: ReadonlySet<number>;
  readonly lastRun: RunRecord | null;
  /** What is selected; cleared when it no longer exists. */
  readonly selection: Selection | null;
  /** The object the inspector shows: the selected object, or the target of a selected name or arrow. */
  readonly selectedId: number | null;
  /** A problem with the copy of the session kept in the browser, for a banner; null when none. */
  readonly storageNotice: string | null;
  /** Runs Python on the heap and records it. Blank input does nothing. Undone statements are dropped. */
  runPython(source: string, origin?: Origin): void;
  undo(): void;
  redo(): void;
  /** Applies exactly the first `position` statements (the history timeline). */
  goTo(position: number): void;
  /** Selects an object, a name or an arrow; a bare number selects an object. */
  select(selection: Selection | number | null): void;
  dismissStorageNotice(): void;
}

export interface SessionStoreOptions {
  /** Where the session is kept between visits; null keeps nothing. */
  readonly storage?: StorageLike | null;
  /** Setup statements; the prelude by default. */
  readonly setup?: readonly string[];
  /** Makes the interpreter; tests can fail it on purpose. */
  readonly makeSession?: () => Session;
}

const EMPTY: HeapSnapshot = {
  frames: [],
  objects: [],
  omitted: 0,
  collector: {
    enabled: true,
    counts: [0, 0, 0],
    thresholds: [700, 10, 10],
    garbage: [],
    garbageTotal: 0,
  },
};

interface Built {
  readonly session: Session | null;
  readonly startError: string;
  readonly setup: TranscriptEntry[];
  readonly setupIds: ReadonlySet<number>;
}

export function createSessionStore(options: SessionStoreOptions = {}) {
  const storage = options.storage ?? null;
  const setupSources = options.setup ?? PRELUDE;
  const makeSession = options.makeSession ?? (() => new Session());
  let nextId = 1;
  let nextSeq = 1;

  /** A fresh interpreter with the setup run on it. */
  const build = (setupEntries?: readonly TranscriptEntry[]): Built => {
    let session: Session | null = null;
    let startError = '';
    try {
      session = makeSession();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      startError = `InternalError: the interpreter failed to start: ${why}`;
    }
    const setup = setupSources.map((source, i) => {
      const id = setupEntries?.[i]?.id ?? nextId++;
      return session
        ? runStatement(session, id, source, 'setup').entry
        : failedToStart(id, source, startError, 'setup').entry;
    });
    const setupIds = new Set(
      safeSnapshot(session)
        .objects.filter((o) => !o.interned)
        .map((o) => o.id),
    );
    return { session, startError, setup, setupIds };
  };

  const run = (built: Built, id: number, source: string, origin: Origin) =>
    built.session
      ? runStatement(built.session, id, source, origin)
      : failedToStart(id, source, built.startError, origin);

  return create<SessionState>()((set, get) => {
    let current = build();
    let canSave = true;
    let storageNotice: string | null = null;
    let saveNotice: string | null = null;

    // Bring back the saved session: replay the applied statements, keep the undone ones as text.
    let transcript: TranscriptEntry[] = [];
    let position = 0;
    const loaded = loadSession(storage);
    if (loaded.kind === 'unreadable') {
      storageNotice = loaded.message;
      canSave = loaded.canSave;
    } else if (loaded.kind === 'loaded') {
      const { statements } = loaded.saved;
      position = loaded.saved.position;
      transcript = statements.map((s, i) =>
        i < position
          ? run(current, nextId++, s.source, s.origin).entry
          : { id: nextId++, source: s.source, output: [], ok: true, error: null, origin: s.origin },
      );
    }

    const persist = () => {
      if (!canSave || !storage) return;
      const state = get();
      const saved: SavedSession = {
        statements: state.transcript.map((e) => ({
          source: e.source,
          origin: e.origin === 'canvas' ? 'canvas' : 'console',
        })),
        position: state.position,
      };
      const problem = saveSession(storage, saved);
      const notice = problem
        ? `This session could not be saved in the browser (${problem}); a reload would lose the latest statements.`
        : null;
      // Tell once when saving starts failing, and take the message back when it works again.
      if (notice !== saveNotice) {
        if (notice || get().storageNotice === saveNotice) set({ storageNotice: notice });
        saveNotice = notice;
      }
    };

    /**
     * Commits a new heap state: snapshot, record of the change (its events bounded by what the
     * view can show), selection still valid.
     */
    const commit = (changes: Partial<SessionState>, record: Omit<RunRecord, 'seq' | 'before'>) => {
      const started = performance.now();
      const before = get().snapshot;
      const snapshot = safeSnapshot(current.session);
      const events =
        record.events.length > 0
          ? condenseEvents(record.events, shownIdsOf(before, snapshot))
          : record.events;
      measure('hs:snapshot', started);
      const committing = performance.now();
      const selection = revalidate(get().selection, snapshot);
      set({
        ...changes,
        session: current.session,
        setup: current.setup,
        setupIds: current.setupIds,
        snapshot,
        lastRun: { ...record, events, seq: nextSeq++, before },
        selection,
        selectedId: inspectedObject(selection),
      });
      persist();
      measure('hs:store', committing);
      measureToNextFrame('hs:view', committing);
    };

    /** Rebuilds the heap with the first `target` statements applied, in a fresh interpreter. */
    const rebuild = (target: number, kind: RunRecord['kind'], entryId: number | null) => {
      const state = get();
      const started = performance.now();
      current = build(state.setup);
      for (const entry of state.transcript.slice(0, target)) {
        run(current, entry.id, entry.source, entry.origin ?? 'console');
      }
      measure('hs:engine', started);
      commit({ position: target }, { kind, entryId, events: [] });
    };

    /** Runs the statements from `position` up to `target` on the current heap, again. */
    const forward = (target: number, kind: RunRecord['kind']) => {
      const state = get();
      const transcript = [...state.transcript];
      let events: readonly HeapEvent[] = [];
      const started = performance.now();
      for (let i = state.position; i < target; i++) {
        const e = transcript[i]!;
        const result = run(current, e.id, e.source, e.origin ?? 'console');
        transcript[i] = result.entry;
        events = result.events;
      }
      measure('hs:engine', started);
      const entryId = kind === 'redo' ? transcript[target - 1]!.id : null;
      commit(
        { transcript, position: target },
        { kind, entryId, events: kind === 'redo' ? events : [] },
      );
    };

    const snapshot = safeSnapshot(current.session);
    const initial: SessionState = {
      session: current.session,
      setup: current.setup,
      transcript,
      position,
      snapshot,
      setupIds: current.setupIds,
      lastRun:
        loaded.kind === 'loaded'
          ? { seq: nextSeq++, kind: 'restore', entryId: null, events: [], before: EMPTY }
          : null,
      selection: null,
      selectedId: null,
      storageNotice,

      runPython(source, origin = 'console') {
        const text = source.replace(/\s+$/, '');
        if (text.trim() === '') return;
        const state = get();
        const id = nextId++;
        const started = performance.now();
        const { entry, events } = run(current, id, text, origin);
        measure('hs:engine', started);
        const kept = state.transcript.slice(0, state.position);
        commit(
          { transcript: [...kept, entry], position: kept.length + 1 },
          { kind: 'run', entryId: id, events },
        );
      },

      undo() {
        const { position, transcript } = get();
        if (position === 0) return;
        rebuild(position - 1, 'undo', transcript[position - 1]!.id);
      },

      redo() {
        const { position, transcript } = get();
        if (position >= transcript.length) return;
        forward(position + 1, 'redo');
      },

      goTo(target) {
        const { position, transcript } = get();
        const to = Math.max(0, Math.min(transcript.length, Math.round(target)));
        if (to === position) return;
        if (to === position + 1) forward(to, 'redo');
        else if (to > position) forward(to, 'jump');
        else if (to === position - 1) rebuild(to, 'undo', transcript[to]!.id);
        else rebuild(to, 'jump', null);
      },

      select(selection) {
        const s: Selection | null =
          typeof selection === 'number' ? { kind: 'object', id: selection } : selection;
        set({ selection: s, selectedId: inspectedObject(s) });
      },

      dismissStorageNotice() {
        set({ storageNotice: null });
      },
    };
    return initial;
  });
}

/** A selection that still exists in the new heap, following a name or slot to its new target. */
function revalidate(selection: Selection | null, snapshot: HeapSnapshot): Selection | null {
  if (!selection) return null;
  switch (selection.kind) {
    case 'object':
      return snapshot.objects.some((o) => o.id === selection.id) ? selection : null;
    case 'name': {
      const frame = snapshot.frames.find((f) => f.id === selection.frameId);
      const name = frame?.names.find((n) => n.name === selection.name);
      return name ? { ...selection, target: name.target } : null;
    }
    case 'ref': {
      const holder = snapshot.objects.find((o) => o.id === selection.holderId);
      const ref = holder?.refs.find((r) => r.slot === selection.slot);
      return ref ? { ...selection, target: ref.target } : null;
    }
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

export const useSession = createSessionStore({ storage: browserStorage() });
