/**
 * The session store: the page's view of one Python session, the history of statements run on it,
 * the heap snapshot the view draws, the events of the last change (for animation) and the
 * selection.
 *
 * The interpreter itself runs elsewhere (a Web Worker, see `engineClient.ts`), so nothing here can
 * freeze the page: `runPython` sends the statement and commits the reply when it comes. It is the
 * only action that changes the heap: every gesture in the app becomes Python source and goes
 * through it. While a statement runs, `busy` says so (with its progress) and `stop` ends it with
 * KeyboardInterrupt, keeping what it did, as CPython's REPL does on Ctrl+C.
 *
 * History: the session is its setup (the prelude's class definitions) plus the list of statements;
 * `position` of them are applied, the rest were undone. Undo and the timeline ask the host to go
 * to a position (it restores a checkpoint and replays the few statements after it); redo runs the
 * next statement again, so it animates like the first time. The list, the position and where each
 * statement was stopped are saved in the browser after every change; loading replays them within
 * a time budget, and if a statement overruns it the person chooses: keep the session up to there,
 * run the rest anyway, or discard it (a copy is kept).
 *
 * A statement run while the history is scrubbed back (some statements undone) would drop the
 * undone ones: `runPython` does that only when told to (`dropUndone`), after the person said yes
 * to the question it asks (`dropQuestion`). Nothing of the history goes without a word.
 *
 * Shared sessions: a session from a share link (`shared` option) is replayed like a saved one, but
 * is not saved in the browser: the session saved there stays untouched until the person runs a
 * statement in the shared one or keeps it, and is then first copied to a key of its own. A link
 * that was refused says why in the storage banner and changes nothing saved. A new session keeps
 * the saved one aside the same way.
 */
import { EMPTY_SNAPSHOT } from '../engine/emptySnapshot';
import { create } from 'zustand';
import type { HeapEvent } from '../engine/events';
import type { ProfileName } from '../engine/profiles';
import type { HeapSnapshot } from '../engine/snapshot';
import type {
  HistoryStatement,
  HostProgress,
  MoveResult,
  StartResult,
  StatementOutcome,
  StepColumns,
} from '../worker/protocol';
import { EngineLost, pageEngine, type EngineClient } from './engineClient';
import {
  keepAside,
  loadSession,
  saveSession,
  type SavedSession,
  type StorageLike,
} from './persistence';
import { PRELUDE } from './prelude';
import { inspectedObject, type Selection } from './selection';
import type { ViewSettings } from './shareLink';
import type { SharedLink } from './shareUrl';
import { measure, measureToNextFrame } from './timing';
import { savedOrigin, type Origin, type TranscriptEntry } from './transcript';

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

/** Work in progress on the interpreter: one at a time. */
export interface Busy {
  readonly task: 'start' | 'run' | 'undo' | 'redo' | 'jump' | 'resume' | 'discard' | 'step';
  /** What is running, for the status line ("x = [0] * 10**6"). */
  readonly label: string;
  /** `performance.now()` when it began. */
  readonly since: number;
  readonly progress: HostProgress | null;
  /** Stop was pressed and the statement is winding down. */
  readonly stopping: boolean;
  /**
   * A statement is running (typed, a gesture's, a redo): Stop applies, and new input waits with
   * the person instead of queueing behind it. Restores and rewinds are neither.
   */
  readonly stoppable: boolean;
}

/**
 * The last script run, stepped through: its steps (the line about to run, the frame), the step
 * shown and the heap there. Gone at the next change of the heap (the steps describe that run).
 */
export interface ScriptSteps {
  /** The transcript entry of the script run. */
  readonly entryId: number;
  readonly source: string;
  readonly steps: StepColumns;
  /** The step shown (0-based); null: the heap after the script (the live heap). */
  readonly step: number | null;
  /**
   * The heap at `step`, with the frames of the calls in progress; while another step is being
   * fetched it is the previous step's (the canvas keeps drawing it); null when `step` is null.
   */
  readonly view: HeapSnapshot | null;
  /** The step `view` shows (it trails `step` while the next one is fetched). */
  readonly viewStep: number | null;
  /** objgraph.typestats at `viewStep`: tracked objects by type name; null with no view. */
  readonly types: Readonly<Record<string, number>> | null;
  /** The step a growth table compares with (`compareFrom`), and its typestats. */
  readonly baseline: {
    readonly step: number;
    readonly types: Readonly<Record<string, number>>;
  } | null;
}

/** Restoring a saved session stopped before a statement: the person decides what happens. */
export interface RestoreProblem {
  /** The transcript entry that could not be replayed. */
  readonly entryId: number;
  /** 1-based, for people. */
  readonly number: number;
  readonly source: string;
  readonly reason: string;
  /** How many statements the saved session had applied. */
  readonly savedPosition: number;
}

export type RestoreChoice = 'keep' | 'resume' | 'discard';

/** The session shown came from a share link, and is not (yet) the one saved in this browser. */
export interface SharedShown {
  /** How many statements the link held. */
  readonly statements: number;
  /** The view settings the link asked for, for the view to apply once. */
  readonly view: ViewSettings;
}

/**
 * A statement waits for the person's word: the history is scrubbed back, and running it here
 * would drop the statements after the position (they could not be redone any more).
 */
export interface DropQuestion {
  /** What would run. */
  readonly source: string;
  /** How many statements are applied, and how many there are. */
  readonly position: number;
  readonly total: number;
}

export interface NewSessionOptions {
  /** The CPython the new heap imitates (default 3.11). */
  readonly profile?: ProfileName;
  /** Drops the session saved in the browser instead of copying it aside first. */
  readonly replaceSaved?: boolean;
}

export interface RunOptions {
  /** The person agreed to drop the undone statements; without it, `runPython` asks first. */
  readonly dropUndone?: boolean;
}

const DEFAULT_PROFILE: ProfileName = '3.11';

export interface SessionState {
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
  /** The interpreter is working; null when idle. */
  readonly busy: Busy | null;
  readonly restoreProblem: RestoreProblem | null;
  /** The CPython the heap imitates (3.11 unless a shared or saved session names another). */
  readonly profile: ProfileName;
  /** Set while the session shown came from a share link and is not saved in this browser. */
  readonly shared: SharedShown | null;
  /** A statement waiting for the person to agree to drop the undone statements. */
  readonly dropQuestion: DropQuestion | null;
  /**
   * The last statement the interpreter failed to answer (an internal failure): shown after the
   * transcript with its error, but not part of the history (it changed nothing); gone at the
   * next change of the heap.
   */
  readonly notRun: TranscriptEntry | null;
  /** The last script run and the step of it shown; null when the live heap is shown. */
  readonly script: ScriptSteps | null;
  /**
   * Runs Python on the heap and records it; resolves to its transcript entry, or null when
   * nothing ran (blank input, another statement is still running, or the history is scrubbed
   * back). Scrubbed back, it asks first (`dropQuestion`) and runs only if the person agrees,
   * dropping the undone statements; with `dropUndone` it drops them without asking. Called while
   * the session is still being restored, it waits for that. A statement run in a shared session
   * makes it the one saved in this browser (the one saved before is kept aside).
   */
  runPython(source: string, origin?: Origin, options?: RunOptions): Promise<TranscriptEntry | null>;
  /**
   * Runs a whole program as one statement of the history ('exec' mode, recorded step by step),
   * then shows its first step (also when it ran after the question to drop undone statements).
   * Resolves as `runPython` does, once the first step is shown.
   */
  runScript(source: string): Promise<TranscriptEntry | null>;
  /**
   * Shows the heap at a step of the last script (clamped to its steps), or the heap after it
   * (null). Steps asked for in quick succession (a slider dragged) fetch only the last one.
   */
  showStep(step: number | null): Promise<void>;
  /** Makes the step shown the one the growth table compares with (objgraph.show_growth). */
  compareFrom(): void;
  /**
   * Asks the person whether to drop the undone statements to run `source`; `then` gets the answer.
   * A question already waiting is answered no.
   */
  askToDropUndone(source: string, then: (drop: boolean) => void): void;
  answerDropQuestion(drop: boolean): void;
  /**
   * Starts an empty session of `profile` (3.11 unless given): a running statement is stopped, the
   * session saved in the browser is copied to a key of its own (the notice says which), and the
   * new one is saved in its place. `replaceSaved` drops the saved session instead of copying it:
   * for a session made from data alone (a lesson's, when the lesson moves to another profile).
   */
  newSession(options?: NewSessionOptions): Promise<void>;
  /** Makes the shared session shown the one saved in this browser (the earlier one kept aside). */
  keepShared(): void;
  /** Leaves the shared session for the one saved in this browser, which was never touched. */
  leaveShared(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Applies exactly the first `position` statements (the history timeline). */
  goTo(position: number): Promise<void>;
  /** Stops the running statement (KeyboardInterrupt); nothing else is lost. */
  stop(): void;
  /**
   * Replaces the session with these statements, none of them applied yet: a slide deck's program,
   * which it then steps through (redo runs each in turn).
   */
  loadStatements(sources: readonly string[]): Promise<void>;
  /** Answers a restore problem. */
  resolveRestore(choice: RestoreChoice): Promise<void>;
  /** Selects an object, a name or an arrow; a bare number selects an object. */
  select(selection: Selection | number | null): void;
  /**
   * The object a name path (`objs[122]`) reaches on the live heap, past the first references a
   * snapshot lists; null if none (or the interpreter could not say). Changes nothing.
   */
  lookPath(path: string): Promise<number | null>;
  dismissStorageNotice(): void;
  /** Resolves once the interpreter has finished what it was asked (tests wait on it). */
  idle(): Promise<void>;
}

export interface SessionStoreOptions {
  /** Where the session is kept between visits; null keeps nothing. */
  readonly storage?: StorageLike | null;
  /** Setup statements; the prelude by default. */
  readonly setup?: readonly string[];
  /** The interpreter; a Web Worker in the page. */
  readonly engine?: () => EngineClient;
  /** Fallback when the first engine cannot start at all (no worker): an in-thread one. */
  readonly fallbackEngine?: () => Promise<EngineClient>;
  readonly now?: () => number;
  /**
   * What the page's share link held: a session opened instead of the saved one (which is then
   * not written over), or a refused link whose message is shown. Null or absent: no link.
   */
  readonly shared?: SharedLink | null;
}

export function createSessionStore(options: SessionStoreOptions = {}) {
  const storage = options.storage ?? null;
  const setupSources = options.setup ?? PRELUDE;
  const now = options.now ?? (() => performance.now());
  let engine = (options.engine ?? pageEngine)();
  let nextId = 1;
  let nextSeq = 1;
  /** The chain of interpreter work: each task starts when the previous one ends. */
  let queue: Promise<unknown> = Promise.resolve();

  return create<SessionState>()((set, get) => {
    let canSave = true;
    let saveNotice: string | null = null;

    const entryOf = (outcome: StatementOutcome, id = nextId++): TranscriptEntry => ({
      id,
      source: outcome.source,
      output: outcome.output,
      ok: outcome.ok,
      error: outcome.error,
      origin: outcome.origin,
      stop: outcome.stop,
    });

    const historyOf = (entries: readonly TranscriptEntry[]): HistoryStatement[] =>
      entries.map((e) => ({
        source: e.source,
        origin: savedOrigin(e.origin),
        stop: e.stop ?? null,
      }));

    const persist = () => {
      // While a restore problem waits for an answer, the saved session stays as it was; so does
      // it while a shared session is only being looked at.
      if (!canSave || !storage || get().restoreProblem || get().shared) return;
      const state = get();
      const saved: SavedSession = {
        statements: historyOf(state.transcript),
        position: state.position,
        ...(state.profile === DEFAULT_PROFILE ? {} : { profile: state.profile }),
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
     * Commits a new heap state: snapshot, record of the change (its events already bounded by
     * what the view can show, in the worker), selection still valid. It is saved unless `save`
     * is false (a session just read from the browser is what is saved there already).
     */
    const commit = (
      changes: Partial<SessionState>,
      snapshot: HeapSnapshot,
      record: Omit<RunRecord, 'seq' | 'before'>,
      save = true,
    ) => {
      const committing = performance.now();
      const before = get().snapshot;
      const selection = revalidate(get().selection, snapshot);
      set({
        script: null,
        ...changes,
        notRun: null,
        snapshot,
        lastRun: { ...record, seq: nextSeq++, before },
        selection,
        selectedId: inspectedObject(selection),
      });
      if (save) persist();
      measure('hs:store', committing);
      measureToNextFrame('hs:view', committing);
    };

    /** Runs `work` when the interpreter is free, showing `busy` meanwhile. */
    const exclusive = <T>(
      task: Busy['task'],
      label: string,
      work: () => Promise<T>,
    ): Promise<T> => {
      const run = async () => {
        set({
          busy: {
            task,
            label,
            since: now(),
            progress: null,
            stopping: false,
            stoppable: task === 'run' || task === 'redo' || task === 'resume',
          },
        });
        engine.onProgress((progress) => {
          const busy = get().busy;
          if (busy) set({ busy: { ...busy, progress } });
        });
        try {
          return await work();
        } finally {
          engine.onProgress(null);
          set({ busy: null });
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    };

    /** The step view being fetched, so that a slider dragged fetches only the step it ends on. */
    let fetching: Promise<void> | null = null;

    /** Fetches the view of the script's wanted step, then of whichever step is wanted by then. */
    const fetchSteps = (): Promise<void> => {
      fetching ??= (async () => {
        try {
          for (;;) {
            const script = get().script;
            if (!script || script.step === null || script.step === script.viewStep) return;
            const index = get().transcript.findIndex((e) => e.id === script.entryId);
            if (index < 0 || index >= get().position) return;
            const step = script.step;
            let view;
            try {
              view = await exclusive('step', `Step ${step + 1}`, () =>
                engine.request({ type: 'stepView', index, step }),
              );
            } catch {
              // The interpreter could not show it (it went away, say): the heap after the script.
              const failed = get().script;
              if (failed)
                set({ script: { ...failed, step: null, view: null, viewStep: null, types: null } });
              return;
            }
            const now = get().script;
            if (now?.entryId !== script.entryId) return;
            set({ script: { ...now, view: view.snapshot, viewStep: step, types: view.types } });
          }
        } finally {
          fetching = null;
        }
      })();
      return fetching;
    };

    /** The interpreter failed to answer: say so in the transcript's place, keep the session. */
    const internalFailure = (source: string, origin: Origin, e: unknown): TranscriptEntry => {
      const error = `InternalError: ${e instanceof Error ? e.message : String(e)}`;
      return {
        id: nextId++,
        source,
        output: [{ stream: 'stderr', text: `${error}\n` }],
        ok: false,
        error,
        origin,
      };
    };

    /**
     * (Re)starts the interpreter with `history`, `position` of it applied, and takes its reply as
     * the session's state. Entries keep their ids; replayed ones get their fresh output.
     */
    const startWith = async (
      entries: readonly TranscriptEntry[],
      position: number,
      kind: RunRecord['kind'],
      save = true,
    ): Promise<StartResult | null> => {
      let result: StartResult;
      const request = {
        type: 'start' as const,
        start: {
          setup: setupSources,
          history: historyOf(entries),
          position,
          ...(get().profile === DEFAULT_PROFILE ? {} : { profile: get().profile }),
        },
      };
      try {
        result = await engine.request(request);
      } catch (e) {
        if (!(e instanceof EngineLost) || e.stopped || !options.fallbackEngine) throw e;
        // No worker here (an old browser, a file:// page): run in this thread instead.
        engine = await options.fallbackEngine();
        result = await engine.request(request);
      }
      const transcript = entries.map((e, i) =>
        i < result.replayed.length ? entryOf(result.replayed[i]!, e.id) : e,
      );
      const setup = result.setup.map((o, i) => entryOf(o, get().setup[i]?.id ?? nextId++));
      const problem = result.problem;
      commit(
        {
          setup,
          setupIds: new Set(result.setupIds),
          transcript,
          position: result.position,
          restoreProblem: problem
            ? {
                entryId: transcript[problem.index]!.id,
                number: problem.index + 1,
                source: transcript[problem.index]!.source,
                reason: problem.reason,
                savedPosition: position,
              }
            : null,
        },
        result.snapshot,
        { kind, entryId: null, events: [] },
        save,
      );
      return result;
    };

    /** The reply to a move through the history (undo, redo, timeline, resumed restore). */
    const applyMove = (r: MoveResult, kind: RunRecord['kind']) => {
      const transcript = [...get().transcript];
      for (const { index, outcome } of r.rerun)
        transcript[index] = entryOf(outcome, transcript[index]!.id);
      const entryId =
        kind === 'redo' || kind === 'undo'
          ? (transcript[r.position - (kind === 'redo' ? 1 : 0)]?.id ?? null)
          : null;
      commit({ transcript, position: r.position }, r.snapshot, {
        kind,
        entryId,
        events: kind === 'redo' ? r.events : [],
      });
    };

    /**
     * Moves through the history. Presses that come while a move is under way add up (two quick
     * Ctrl+Z undo two statements): the pending target moves, and one move goes there.
     */
    let pendingTarget: number | null = null;
    /** Where the move being made now will leave the history. */
    let movingTo: number | null = null;
    let moveQueued: Promise<void> | null = null;
    const move = (step: (from: number) => number): Promise<void> => {
      if (get().busy?.stoppable) return Promise.resolve();
      const from = pendingTarget ?? movingTo ?? get().position;
      pendingTarget = Math.max(0, Math.min(get().transcript.length, Math.round(step(from))));
      if (moveQueued) return moveQueued;
      moveQueued = exclusive('jump', 'Moving through the history', async () => {
        moveQueued = null;
        const to = pendingTarget!;
        pendingTarget = null;
        const { position } = get();
        if (to === position) return;
        movingTo = to;
        const kind = to === position - 1 ? 'undo' : to === position + 1 ? 'redo' : 'jump';
        const busy = get().busy!;
        set({
          busy: {
            ...busy,
            task: kind,
            label: kind === 'undo' ? 'Undoing' : kind === 'redo' ? 'Redoing' : `Going to ${to}`,
            stoppable: kind === 'redo',
          },
        });
        try {
          const started = performance.now();
          const moved = await engine.request({ type: 'moveTo', position: to });
          measure('hs:engine', started);
          // A redo of a costly statement restores its checkpoint: nothing ran, nothing to animate.
          applyMove(moved, kind === 'redo' && moved.rerun.length === 0 ? 'jump' : kind);
        } catch (e) {
          if (!(e instanceof EngineLost)) throw e;
          await recover(e, null);
        } finally {
          movingTo = null;
        }
      });
      return moveQueued;
    };

    /**
     * The worker was ended (Stop without a shared flag) or crashed: start a new one with the
     * history. A stopped statement is kept, stopped where its last progress report was; a crashed
     * one is left out and the banner says so.
     */
    const recover = async (
      lost: EngineLost,
      running: { source: string; origin: Origin } | null,
    ): Promise<TranscriptEntry | null> => {
      const { transcript, position } = get();
      const kept = transcript.slice(0, position);
      if (running && lost.stopped) {
        const stop = { work: lost.lastProgress?.work ?? 0, reason: 'interrupt' as const };
        const entry: TranscriptEntry = {
          id: nextId++,
          ...running,
          output: [],
          ok: false,
          error: null,
          stop,
        };
        await startWith([...kept, entry], kept.length + 1, 'run');
        return get().transcript[kept.length] ?? null;
      }
      await startWith(transcript, position, 'restore');
      if (running) {
        set({
          storageNotice: `The interpreter stopped while running “${running.source.split('\n')[0]}” (${lost.message}). The session was restored to just before it.`,
        });
      }
      return null;
    };

    /** The session saved in the browser, as transcript entries to replay. */
    const readSaved = () => {
      const loaded = loadSession(storage);
      if (loaded.kind === 'unreadable') canSave = loaded.canSave;
      if (loaded.kind !== 'loaded') {
        return {
          entries: [],
          position: 0,
          profile: DEFAULT_PROFILE,
          notice: loaded.kind === 'unreadable' ? loaded.message : null,
        };
      }
      return {
        entries: loaded.saved.statements.map((s) => entryFromHistory(s)),
        position: loaded.saved.position,
        profile: loaded.saved.profile ?? DEFAULT_PROFILE,
        notice: null,
      };
    };

    const entryFromHistory = (s: HistoryStatement): TranscriptEntry => ({
      id: nextId++,
      source: s.source,
      output: [],
      ok: true,
      error: null,
      origin: s.origin,
      stop: s.stop,
    });

    /**
     * Copies the session saved in the browser to a key of its own before something else is saved
     * in its place: the key, or null when there was nothing worth keeping (no statements). Text
     * that cannot be read is copied aside as at startup. If nothing could be copied, `canSave`
     * turns false: nothing is saved over it.
     */
    const setSavedAside = (label: string): string | null => {
      if (!storage || !canSave) return null;
      const saved = loadSession(storage);
      if (saved.kind === 'empty') return null;
      if (saved.kind === 'unreadable') {
        canSave = saved.canSave;
        return saved.message.match(/under “([^”]+)”/)?.[1] ?? null;
      }
      if (saved.saved.statements.length === 0) return null;
      const key = keepAside(storage, label);
      if (!key) canSave = false;
      return key;
    };

    const COULD_NOT_KEEP =
      'could not be copied aside, so it stays saved and this session will not be saved over it.';

    /** The shared session becomes the one saved in the browser; the notice says where the old one went. */
    const adoptShared = () => {
      if (!get().shared) return;
      const key = setSavedAside('before-shared');
      set({ shared: null });
      if (!canSave)
        set({ storageNotice: `Your own session saved in this browser ${COULD_NOT_KEEP}` });
      else if (key) {
        set({
          storageNotice: `This shared session is now the one saved in this browser. Your earlier session is kept in this browser's local storage under “${key}”.`,
        });
      }
    };

    /** Whoever waits for the answer to the question about the undone statements. */
    let dropAnswer: ((drop: boolean) => void) | null = null;

    // Bring back the saved session, or open the shared one: all its statements are shown at once,
    // the applied ones come back as the interpreter replays them.
    const link = options.shared ?? null;
    let storageNotice: string | null = null;
    let transcript: TranscriptEntry[];
    let savedPosition: number;
    let profile: ProfileName;
    let shared: SharedShown | null = null;
    if (link?.kind === 'session') {
      // The saved session is not even read: it is left exactly as it is.
      transcript = link.session.statements.map((s) => entryFromHistory(s));
      savedPosition = link.session.position;
      profile = link.session.profile;
      shared = { statements: transcript.length, view: link.session.view };
    } else {
      const saved = readSaved();
      transcript = saved.entries;
      savedPosition = saved.position;
      profile = saved.profile;
      storageNotice = saved.notice;
      if (link?.kind === 'refused') {
        storageNotice = [
          `${link.message} Nothing saved in this browser was changed.`,
          storageNotice,
        ]
          .filter(Boolean)
          .join(' ');
      }
    }
    const restoring = transcript.length > 0;
    const startLabel = shared
      ? 'Opening the shared session'
      : restoring
        ? 'Restoring your session'
        : 'Starting Python';
    void exclusive('start', startLabel, async () => {
      try {
        // Nothing is written yet: the browser holds this session already (or another tab's
        // newer one, which a late start must not write over), or it is a shared session.
        await startWith(transcript, savedPosition, restoring ? 'restore' : 'run', false);
        if (!restoring) set({ lastRun: null });
      } catch (e) {
        const error = `InternalError: the interpreter failed to start: ${e instanceof Error ? e.message : String(e)}`;
        set({
          setup: setupSources.map((source) => ({
            id: nextId++,
            source,
            output: [{ stream: 'stderr', text: `${error}\n` }],
            ok: false,
            error,
            origin: 'setup',
          })),
        });
      }
    });

    return {
      setup: [],
      transcript,
      position: 0,
      snapshot: EMPTY_SNAPSHOT,
      setupIds: new Set(),
      lastRun: null,
      selection: null,
      selectedId: null,
      storageNotice,
      busy: null,
      restoreProblem: null,
      profile,
      shared,
      dropQuestion: null,
      notRun: null,
      script: null,

      async runScript(source) {
        const entry = await get().runPython(source, 'script');
        // Its first step is being fetched (queued after the run, or after the question to drop
        // undone statements was answered yes): wait for it as for the run.
        await get().idle();
        return entry;
      },

      showStep(step) {
        const script = get().script;
        if (!script) return Promise.resolve();
        if (step === null) {
          set({ script: { ...script, step: null, view: null, viewStep: null, types: null } });
          return Promise.resolve();
        }
        const wanted = Math.max(0, Math.min(script.steps.length - 1, Math.round(step)));
        set({ script: { ...script, step: wanted } });
        return fetchSteps();
      },

      compareFrom() {
        const script = get().script;
        if (!script || script.viewStep === null || !script.types) return;
        set({ script: { ...script, baseline: { step: script.viewStep, types: script.types } } });
      },

      runPython(source, origin = 'console', options = {}) {
        const text = source.replace(/\s+$/, '');
        const busy = get().busy;
        // Behind a running statement the input waits with the person; behind a quick task
        // (restoring, undo) it queues.
        if (text.trim() === '' || busy?.stoppable) return Promise.resolve(null);
        const label = text.split('\n')[0]!;
        return exclusive('run', label, async () => {
          if (get().restoreProblem) return null; // the person must answer the restore question first
          const { transcript, position } = get();
          if (position < transcript.length && !options.dropUndone) {
            get().askToDropUndone(text, (drop) => {
              if (drop) void get().runPython(text, origin, { dropUndone: true });
            });
            return null;
          }
          adoptShared();
          const kept = transcript.slice(0, position);
          let result;
          const started = performance.now();
          try {
            result = await engine.request({ type: 'run', source: text, origin });
            // The interpreter's run, its snapshot and the trip here and back.
            measure('hs:engine', started);
          } catch (e) {
            if (e instanceof EngineLost) return recover(e, { source: text, origin });
            const entry = internalFailure(text, origin, e);
            // Undone statements were dropped with the person's agreement before this ran.
            set({ transcript: kept, notRun: entry });
            return entry;
          }
          const entry = entryOf(result.outcome);
          const script: ScriptSteps | null = result.steps
            ? {
                entryId: entry.id,
                source: text,
                steps: result.steps,
                step: result.steps.length ? 0 : null,
                view: null,
                viewStep: null,
                types: null,
                baseline: null,
              }
            : null;
          commit(
            { transcript: [...kept, entry], position: kept.length + 1, script },
            result.snapshot,
            { kind: 'run', entryId: entry.id, events: result.events },
          );
          // A script opens on its first step: fetched once this run is over (not awaited here,
          // where it would wait for this very task).
          if (script?.step === 0) void fetchSteps();
          return entry;
        });
      },

      undo() {
        return move((from) => from - 1);
      },

      redo() {
        return move((from) => from + 1);
      },

      goTo(target) {
        return move(() => target);
      },

      stop() {
        const busy = get().busy;
        if (!busy || !busy.stoppable || busy.stopping) return;
        set({ busy: { ...busy, stopping: true } });
        engine.interrupt();
      },

      loadStatements(sources) {
        if (get().busy?.stoppable) return Promise.reject(new Error('Python is busy'));
        return exclusive('start', 'Loading the statements', async () => {
          const entries: TranscriptEntry[] = sources.map((source) => ({
            id: nextId++,
            source,
            output: [],
            ok: true,
            error: null,
            origin: 'console',
            stop: null,
          }));
          set({ restoreProblem: null });
          await startWith(entries, 0, 'restore');
        });
      },

      resolveRestore(choice) {
        const problem = get().restoreProblem;
        if (!problem) return Promise.resolve();
        set({ restoreProblem: null });
        if (choice === 'keep') {
          persist();
          return Promise.resolve();
        }
        if (choice === 'resume') {
          return exclusive('resume', `Running statement ${problem.number} anyway`, async () => {
            const r = await engine.request({
              type: 'resumeRestore',
              position: problem.savedPosition,
            });
            applyMove(r, 'restore');
            const next = r.problem;
            if (next) {
              const entry = get().transcript[next.index]!;
              set({
                restoreProblem: {
                  ...problem,
                  entryId: entry.id,
                  number: next.index + 1,
                  source: entry.source,
                  reason: next.reason,
                },
              });
            }
          });
        }
        if (get().shared) return get().leaveShared();
        return exclusive('discard', 'Starting a new session', async () => {
          const kept = storage ? keepAside(storage, 'discarded') : null;
          await startWith([], 0, 'restore');
          set({
            storageNotice: kept
              ? `The session was discarded. A copy is kept in this browser's local storage under “${kept}”.`
              : 'The session was discarded.',
          });
        });
      },

      askToDropUndone(source, then) {
        const waiting = dropAnswer;
        dropAnswer = then;
        const { position, transcript } = get();
        set({ dropQuestion: { source, position, total: transcript.length } });
        waiting?.(false);
      },

      answerDropQuestion(drop) {
        const then = dropAnswer;
        dropAnswer = null;
        set({ dropQuestion: null });
        then?.(drop);
      },

      newSession({ profile = DEFAULT_PROFILE, replaceSaved = false } = {}) {
        get().answerDropQuestion(false);
        get().stop();
        return exclusive('discard', 'Starting a new session', async () => {
          set({ restoreProblem: null, shared: null });
          const key = replaceSaved ? null : setSavedAside('previous');
          set({ profile });
          await startWith([], 0, 'restore');
          // A replaced session was not kept, and the notice about the one kept before stays.
          if (replaceSaved && canSave) return;
          set({
            storageNotice: !canSave
              ? `A new session has started. The session saved in this browser ${COULD_NOT_KEEP}`
              : key
                ? `A new session has started. The previous one is kept in this browser's local storage under “${key}”.`
                : null,
          });
        });
      },

      keepShared() {
        adoptShared();
        persist();
      },

      leaveShared() {
        return exclusive('start', 'Opening your saved session', async () => {
          set({ shared: null, restoreProblem: null });
          const saved = readSaved();
          set({ profile: saved.profile });
          await startWith(saved.entries, saved.position, 'restore', false);
          if (saved.notice) set({ storageNotice: saved.notice });
        });
      },

      select(selection) {
        const s: Selection | null =
          typeof selection === 'number' ? { kind: 'object', id: selection } : selection;
        set({ selection: s, selectedId: inspectedObject(s) });
      },

      async lookPath(path) {
        try {
          return await engine.request({ type: 'lookPath', path });
        } catch {
          return null;
        }
      },

      dismissStorageNotice() {
        set({ storageNotice: null });
      },

      async idle() {
        // Work queued by the work waited for (a script's first step) is waited for too.
        let waited: Promise<unknown>;
        do {
          waited = queue;
          await waited;
        } while (waited !== queue);
      },
    };
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
