/**
 * The session host: the one interpreter of a page (or of an embed), its history of statements and
 * its checkpoints. It runs in the interpreter's thread (a Web Worker in the page, in-process in
 * tests and on Node) and answers the requests of `protocol.ts` with plain data.
 *
 * The history is a list of statements, `position` of them applied. Running a statement drops the
 * undone ones after the position. Moving back restores the nearest checkpoint and replays from
 * there; moving forward runs the next statements again (a redo animates like the first time).
 * Every statement carries where it was stopped (Stop, or its time budget), so any replay rebuilds
 * exactly the heap the person saw.
 *
 * Budgets: a statement typed now gets the live budget (time and memory). Restoring a saved session
 * gets a total time budget: past it, restoring stops before the statement that overran and says
 * which one, so a saved session can never lock the page.
 */
import type { HeapEvent, HeapSnapshot } from '../engine';
import type { EventLog } from '../engine/eventLog';
import { SNAPSHOT_LIMITS } from '../engine/snapshot';
import { lateCore } from '../python/lateCore';
import { providedLibrary, type Library } from '../python/library';
import { Session, type OutputChunk } from '../python/session';
import { CheckpointStore } from './checkpointStore';
import type {
  HistoryStatement,
  HostProgress,
  MoveResult,
  Origin,
  Request,
  RestoreProblem,
  RunResult,
  StartRequest,
  StartResult,
  StatementOutcome,
  StepView,
  StopPoint,
} from './protocol';
import { runOnSession, SCRIPT_FILE, type RunLimits } from './runOnSession';
import type { HeapMeter } from '../python/stepTrace';

export interface HostOptions {
  /** Budget of a statement run now (typed, a gesture, a redo). */
  readonly live: RunLimits;
  /** Total time to restore a saved session before asking the person what to do. */
  readonly restoreMs: number;
  readonly onProgress?: (p: HostProgress) => void;
  /** Polled while a live statement runs: true stops it with KeyboardInterrupt. */
  readonly interruptRequested?: () => boolean;
  readonly now?: () => number;
  /**
   * The Python library (python/library.ts) if it has loaded, else null. It is attached after the
   * setup, always at that point, so every replay allocates as the first run did. Default: the one
   * provided to this thread.
   */
  readonly library?: () => Library | null;
}

interface Task {
  readonly task: HostProgress['task'];
  readonly index: number;
  readonly total: number;
  /** Stop may end it: a statement run now, or a restore the person asked to run anyway. */
  readonly interruptible: boolean;
}

interface Applied {
  readonly outcome: StatementOutcome;
  /** What it recorded; null when it ran without recording or failed. */
  readonly events: EventLog | null;
  /** Wall-clock time it took, for the checkpoint policy. */
  readonly ms: number;
  /**
   * Stopped where its history does not say (by the time budget, or by Stop during a replay the
   * person asked for): what stopped it, or null when it ran as recorded.
   */
  readonly overran: StopPoint['reason'] | null;
}

export class SessionHost {
  private session: Session | null = null;
  private history: HistoryStatement[] = [];
  private position = 0;
  private setup: readonly string[] = [];
  private profile: StartRequest['profile'];
  private readonly checkpoints: CheckpointStore;
  private task: Task | null = null;
  /** The snapshot the view was last sent: what it shows when the next run starts. */
  private lastSnapshot: HeapSnapshot | null = null;
  private readonly now: () => number;
  /** Statements replayed quietly so far (rewinds and restores): what checkpoints save. */
  replayedStatements = 0;

  constructor(private readonly options: HostOptions) {
    this.now = options.now ?? (() => performance.now());
    this.checkpoints = new CheckpointStore(this.now);
  }

  /** A new interpreter, the setup run on it, then the saved history replayed within budget. */
  start(request: StartRequest): StartResult {
    this.setup = request.setup;
    this.history = [...request.history];
    this.profile = request.profile;
    const setup = this.fresh(request.profile);
    const setupIds = this.snapshot()
      .objects.filter((o) => !o.interned)
      .map((o) => o.id);
    const target = Math.min(request.position, this.history.length);
    const { replayed, problem } = this.replay(target, { budgetMs: this.options.restoreMs });
    return {
      setup,
      setupIds,
      replayed,
      position: this.position,
      problem,
      snapshot: this.snapshot(),
    };
  }

  /**
   * Runs a new statement after the applied ones; undone statements are dropped. A script's steps
   * are recorded as it runs, and the heap before it is kept (a checkpoint) for its step views.
   */
  run(source: string, origin: Origin): RunResult {
    this.history.length = this.position;
    this.checkpoints.dropAfter(this.position);
    this.task = { task: 'run', index: this.position, total: 1, interruptible: true };
    const before = this.lastSnapshot;
    const interp = this.session!.interpreter;
    const trace =
      origin === 'script' ? lateCore(interp).newStepTrace(SCRIPT_FILE, null, this.meter()) : null;
    if (trace) this.checkpoints.take(interp, this.position);
    interp.stepTrace = trace;
    let applied: Applied;
    try {
      applied = this.apply({ source, origin, stop: null }, 'live', this.options.live);
    } finally {
      interp.stepTrace = null;
    }
    this.history.push(statementOf(applied.outcome));
    this.advance(applied);
    const snapshot = this.snapshot();
    return {
      outcome: applied.outcome,
      events: this.forView(applied.events, before, snapshot),
      snapshot,
      ...(trace ? { steps: trace.marks.columns() } : {}),
    };
  }

  /**
   * The heap just before step `step` of the script that is statement `index`: the heap before the
   * script is restored, the script run again up to that step (it runs as it first did, with its
   * recorded stop), and the heap the history stands at is restored after.
   */
  stepView(index: number, step: number): StepView {
    const statement = this.history[index];
    if (!statement || statement.origin !== 'script' || index >= this.position)
      throw new Error(`Statement ${index + 1} is not an applied script.`);
    const here = this.position;
    const interp = () => this.session!.interpreter;
    if (!this.checkpoints.has(here)) this.checkpoints.take(interp(), here);
    this.rewind(index);
    const trace = lateCore(interp()).newStepTrace(
      SCRIPT_FILE,
      Math.max(0, Math.floor(step)),
      this.meter(),
    );
    interp().stepTrace = trace;
    try {
      this.task = { task: 'replay', index, total: 1, interruptible: false };
      this.apply(statement, 'quiet', UNBOUNDED_TIME(this.options.live));
    } finally {
      interp().stepTrace = null;
      this.task = null;
    }
    // The paused run is thrown away: back to the heap the history stands at.
    this.rewind(here);
    this.snapshot();
    if (!trace.view) throw new Error(`The script has no step ${step + 1}.`);
    return trace.view;
  }

  /** The live objects and bytes of the session's heap, read at each step of a script. */
  private meter(): HeapMeter {
    const heap = this.session!.heap;
    return () => ({ objects: heap.objectCount, bytes: heap.bytes });
  }

  /** Applies exactly the first `target` statements (undo, redo, the timeline). */
  moveTo(target: number): MoveResult {
    const to = Math.max(0, Math.min(this.history.length, Math.round(target)));
    if (to === this.position + 1 && !this.checkpoints.has(to)) {
      // A redo runs the statement again on the current heap, with its events, as the first time;
      // one costly enough to have a checkpoint after it is restored instead, without animation.
      this.task = { task: 'run', index: this.position, total: 1, interruptible: true };
      const applied = this.apply(this.history[this.position]!, 'live', this.options.live);
      this.recordOutcome(this.position, applied.outcome);
      this.advance(applied);
      const before = this.lastSnapshot;
      const snapshot = this.snapshot();
      return {
        position: this.position,
        rerun: [{ index: to - 1, outcome: applied.outcome }],
        events: this.forView(applied.events, before, snapshot),
        snapshot,
        problem: null,
      };
    }
    if (to !== this.position) this.rewind(to);
    return {
      position: this.position,
      rerun: [],
      events: [],
      snapshot: this.snapshot(),
      problem: null,
    };
  }

  /** After a restore problem: replay the rest of the saved history with the live budget. */
  resumeRestore(target: number): MoveResult {
    const { replayed, problem } = this.replay(Math.min(target, this.history.length), {
      perStatement: this.options.live,
      interruptible: true,
    });
    const first = this.position - replayed.length;
    return {
      position: this.position,
      rerun: replayed.map((outcome, i) => ({ index: first + i, outcome })),
      events: [],
      snapshot: this.snapshot(),
      problem,
    };
  }

  /**
   * The object `path` reaches from the globals, following every reference (not only the first
   * ones the view's snapshot lists), or null. Changes nothing: the view's last snapshot stays.
   */
  lookPath(path: string): number | null {
    if (!this.session) return null;
    const { isLookPath, resolveLook } = lateCore(this.session.interpreter);
    if (!isLookPath(path)) return null;
    const all = this.session.interpreter.snapshot({ ...SNAPSHOT_LIMITS, refs: LOOK_REF_LIMIT });
    return resolveLook(all, path);
  }

  /** The heap as the view draws it (bounded: see engine/snapshot.ts), kept as the view's last. */
  snapshot(): HeapSnapshot {
    this.lastSnapshot = this.session!.snapshot();
    return this.lastSnapshot;
  }

  /**
   * A run's events, bounded by what the view shows before and after it (engine/condense.ts, which
   * loads with the library: a run with events ran with the library attached).
   */
  private forView(
    events: EventLog | null,
    before: HeapSnapshot | null,
    after: HeapSnapshot,
  ): HeapEvent[] {
    if (!events || events.length === 0) return [];
    const { condenseEvents, shownIdsOf } = lateCore(this.session!.interpreter);
    return condenseEvents(events, shownIdsOf(before ?? after, after));
  }

  // ---- internals ----

  private fresh(profile?: StartRequest['profile']): StatementOutcome[] {
    this.session = new Session({
      profile,
      library: null,
      onProgress: (p) => {
        if (this.task) this.options.onProgress?.({ ...this.task, ...p });
      },
      interruptRequested: () =>
        (this.task?.interruptible ?? false) && (this.options.interruptRequested?.() ?? false),
    });
    this.position = 0;
    this.checkpoints.clear();
    this.task = null;
    const outcomes = this.setup.map(
      (source) =>
        this.apply({ source, origin: 'setup', stop: null }, 'quiet', this.options.live).outcome,
    );
    this.libraryLoaded();
    return outcomes;
  }

  /**
   * Attaches the library to a session that has run only its setup, if the library has loaded
   * (the worker calls this when it arrives); the first checkpoint is taken after it.
   */
  libraryLoaded(): void {
    const session = this.session;
    const library = this.library();
    if (!session || !library || session.interpreter.library) return;
    if (this.position !== 0) throw new Error('The Python library came after a statement ran.');
    session.attachLibrary(library);
    this.checkpoints.take(session.interpreter, 0);
  }

  private library(): Library | null {
    return this.options.library ? this.options.library() : providedLibrary();
  }

  /**
   * Replays history statements from the position up to `target`, each with its recorded stop.
   * With `budgetMs`, the whole replay shares that much time; a statement that overruns it is
   * undone (the heap goes back to just before it) and reported as the problem.
   */
  private replay(
    target: number,
    budget: { budgetMs?: number; perStatement?: RunLimits; interruptible?: boolean },
  ): { replayed: StatementOutcome[]; problem: RestoreProblem | null } {
    const replayed: StatementOutcome[] = [];
    const start = this.now();
    const total = target - this.position;
    while (this.position < target) {
      const index = this.position;
      const left = budget.budgetMs === undefined ? null : budget.budgetMs - (this.now() - start);
      const limits: RunLimits =
        left === null
          ? budget.perStatement!
          : { ...this.options.live, timeMs: Math.max(0, Math.min(left, this.options.live.timeMs)) };
      this.task = { task: 'replay', index, total, interruptible: budget.interruptible ?? false };
      const applied = this.apply(this.history[index]!, 'quiet', limits);
      if (applied.overran) {
        this.rewind(index);
        const seconds = Math.round((budget.budgetMs ?? limits.timeMs) / 100) / 10;
        const reason =
          applied.overran === 'interrupt'
            ? 'you stopped it'
            : `it took longer than ${seconds} s to run again`;
        return { replayed, problem: { index, reason } };
      }
      this.recordOutcome(index, applied.outcome);
      replayed.push(applied.outcome);
      this.advance(applied);
    }
    this.task = null;
    return { replayed, problem: null };
  }

  /**
   * Goes to `target` by the nearest checkpoint and a quiet replay (or, forward, from here when no
   * checkpoint is nearer). Every statement replayed ran before with this history, so its stop
   * point reproduces it: no time budget applies.
   */
  private rewind(target: number): void {
    const best = this.checkpoints.bestAtOrBelow(target);
    if (target < this.position || best > this.position) {
      if (best < 0) this.fresh(this.profile);
      else this.position = this.checkpoints.restoreBest(target)!;
    }
    const total = target - this.position;
    while (this.position < target) {
      this.task = { task: 'replay', index: this.position, total, interruptible: false };
      this.advance(
        this.apply(this.history[this.position]!, 'quiet', UNBOUNDED_TIME(this.options.live)),
      );
    }
    this.task = null;
  }

  /** A statement was applied: one more in place, and perhaps a checkpoint after it. */
  private advance(applied: Applied): void {
    this.position++;
    this.checkpoints.applied(this.session!.interpreter, this.position, applied.ms);
  }

  /**
   * Runs one statement. 'live' records the heap's events for the view; 'quiet' (setup, replays)
   * does not. The time it took feeds the checkpoint policy.
   */
  private apply(statement: HistoryStatement, mode: 'live' | 'quiet', limits: RunLimits): Applied {
    const session = this.session!;
    const heap = session.heap;
    const started = this.now();
    heap.recording = mode === 'live';
    if (mode === 'quiet') this.replayedStatements++;
    let outcome: StatementOutcome;
    let events: EventLog | null = null;
    let overran: Applied['overran'] = null;
    try {
      if (statement.origin !== 'setup' && !session.interpreter.library)
        throw new Error('The Python library has not loaded yet.');
      const r = runOnSession(session, statement.source, {
        stopAt: statement.stop,
        limits,
        script: statement.origin === 'script',
      });
      events = r.log;
      const stop: StopPoint | null = statement.stop ?? r.stopped;
      if (r.stopped && !sameStop(statement.stop, r.stopped)) overran = r.stopped.reason;
      outcome = {
        source: statement.source,
        origin: statement.origin,
        stop,
        output: withErrorLine(r.output, r.ok, r.error),
        ok: r.ok,
        error: r.error,
      };
    } catch (e) {
      // A bug of Heapscope's own: reported as the statement's error, the session goes on.
      const error = `InternalError: ${e instanceof Error ? e.message : String(e)}`;
      outcome = {
        ...statement,
        output: [{ stream: 'stderr', text: `${error}\n` }],
        ok: false,
        error,
      };
    } finally {
      heap.recording = true;
      heap.drainLog();
    }
    return { outcome, events, overran, ms: this.now() - started };
  }

  private recordOutcome(index: number, outcome: StatementOutcome): void {
    const before = this.history[index];
    this.history[index] = statementOf(outcome);
    // A redo that stopped elsewhere than the first time changes what comes after it.
    if (before && !sameStop(before.stop, outcome.stop)) this.checkpoints.dropAfter(index);
  }
}

/** A container's references a name path may follow (a list of a million items has them all). */
const LOOK_REF_LIMIT = 10_000_000;

const UNBOUNDED_TIME = (limits: RunLimits): RunLimits => ({ ...limits, timeMs: Infinity });

function statementOf(o: StatementOutcome): HistoryStatement {
  return { source: o.source, origin: o.origin, stop: o.stop };
}

function sameStop(a: StopPoint | null, b: StopPoint | null): boolean {
  if (a === b) return true;
  return (
    a !== null &&
    b !== null &&
    a.work === b.work &&
    a.reason === b.reason &&
    a.interruptedAt === b.interruptedAt
  );
}

/**
 * The error line must be visible even if the interpreter reported it only as `error` (a refusal
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

/** Answers one request of the protocol. */
export function answer(host: SessionHost, request: Request): unknown {
  switch (request.type) {
    case 'start':
      return host.start(request.start);
    case 'run':
      return host.run(request.source, request.origin);
    case 'moveTo':
      return host.moveTo(request.position);
    case 'resumeRestore':
      return host.resumeRestore(request.position);
    case 'stepView':
      return host.stepView(request.index, request.step);
    case 'lookPath':
      return host.lookPath(request.path);
  }
}
