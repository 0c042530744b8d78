/**
 * Plays one lesson, a step at a time. Arriving at a step runs its Python at once, unless the step
 * asks a prediction first: then it runs when the learner checks an answer or skips. Previous undoes
 * the statements of the step shown (the history keeps them: Next redoes them) and shows the step
 * before, as it was after it ran. A step of another CPython than the step before it starts a heap
 * of its own (a new session of its profile), and Previous from there makes the heap before again.
 *
 * `starts` holds the history position each step began at, so Previous knows where to go back to;
 * the lesson's session is a new one, started when the player is mounted (at step `at`, after the
 * Python of the steps before it).
 */
import { useEffect, useRef, useState } from 'react';
import type { Lesson } from '../../lessons/format';
import { stepProfile } from '../../lessons/play';
import { useCore, useSession } from '../core/context';
import { playedBefore, startsNewHeap } from './lessonPlan';
import { Narration } from './Narration';
import {
  backTo,
  boundNames,
  lookAt,
  runStepStatements,
  startLessonHeap,
  stillThere,
  type StepRun,
} from './playStep';
import { PredictionForm } from './PredictionForm';
import { judge, type Bound, type Guess, type Reveal } from './reveal';
import { RevealView } from './RevealView';

/** What a step showed once it ran: its output, what was looked at, the prediction's reveal. */
interface Played {
  readonly run: StepRun | null;
  readonly looked: readonly string[];
  readonly reveal: Reveal | null;
}

interface PlayerState {
  readonly index: number;
  /** Starting the heap; asking the prediction; running the step; the step has run (or is shown). */
  readonly phase: 'starting' | 'ask' | 'running' | 'shown';
  readonly starts: ReadonlyMap<number, number>;
  readonly played: ReadonlyMap<number, Played>;
  /** The names bound when the prediction was asked (a survivors question offers them). */
  readonly offered: readonly Bound[];
}

interface LessonPlayerProps {
  readonly lesson: Lesson;
  /** The step to start at, 0-based. */
  readonly at: number;
  onLeave(): void;
}

const withEntry = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V) => new Map(map).set(key, value);

export function LessonPlayer({ lesson, at, onLeave }: LessonPlayerProps) {
  const core = useCore();
  const busy = useSession((s) => s.busy !== null);
  const [state, setState] = useState<PlayerState>({
    index: at,
    phase: 'starting',
    starts: new Map(),
    played: new Map(),
    offered: [],
  });
  // The latest state for the async moves below, which outlive a render: every change goes
  // through `update`, which keeps it.
  const now = useRef(state);
  const live = useRef(true);
  const update = (next: PlayerState) => {
    now.current = next;
    if (live.current) setState(next);
  };

  const total = lesson.steps.length;
  const step = lesson.steps[state.index]!;

  /** Runs step `index` (with the learner's guess, if any) and shows what it did. */
  const run = async (index: number, guess: Guess | null) => {
    const position = core.session.getState().position;
    const base = now.current;
    update({ ...base, index, phase: 'running', starts: withEntry(base.starts, index, position) });
    const s = lesson.steps[index]!;
    const offered = base.offered;
    const result = await runStepStatements(core, s);
    const alive = stillThere(
      core,
      offered.map((b) => b.id),
    );
    const played: Played = {
      run: result,
      looked: lookAt(core, s.look ?? []),
      reveal: s.predict
        ? judge(s.predict, guess, { printed: result.printed, offered, alive })
        : null,
    };
    const after = now.current;
    update({ ...after, phase: 'shown', played: withEntry(after.played, index, played) });
  };

  /**
   * Shows step `index`: where the lesson moves to another profile, a heap of that profile first;
   * then it asks its prediction, or runs at once.
   */
  const arrive = async (index: number) => {
    if (startsNewHeap(lesson, index)) {
      update({ ...now.current, index, phase: 'starting', starts: new Map() });
      await startLessonHeap(core, playedBefore(lesson, index), true);
    }
    if (lesson.steps[index]!.predict) {
      await core.session.getState().idle();
      update({ ...now.current, index, phase: 'ask', offered: boundNames(core) });
    } else await run(index, null);
  };

  // A new session for the lesson, with the steps before `at` played, then step `at`: once per
  // mount (StrictMode's second run of the effect in development finds it started).
  const started = useRef(false);
  useEffect(() => {
    live.current = true;
    if (!started.current) {
      started.current = true;
      const heap = playedBefore(lesson, at);
      void (async () => {
        await startLessonHeap(core, heap);
        update({ ...now.current, starts: heap.starts });
        await arrive(at);
      })();
    }
    return () => {
      live.current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- started once per mount (keyed by lesson)
  }, []);

  const previous = async () => {
    const { index, starts } = now.current;
    const back = index - 1;
    update({ ...now.current, phase: 'running' });
    if (startsNewHeap(lesson, index)) {
      // The step before ran on another profile's heap, which is made again as that step left it.
      const before = playedBefore(lesson, back);
      const statements = [...before.statements, ...(lesson.steps[back]!.python ?? [])];
      await startLessonHeap(core, { profile: before.profile, statements }, true);
      update({ ...now.current, starts: withEntry(before.starts, back, before.statements.length) });
    } else {
      const target = starts.get(index);
      if (target !== undefined) await backTo(core, target);
    }
    lookAt(core, lesson.steps[back]!.look ?? []);
    update({ ...now.current, index: back, phase: 'shown' });
  };

  const next = () => void arrive(now.current.index + 1);

  const moving = state.phase === 'starting' || state.phase === 'running' || busy;
  const played = state.played.get(state.index);
  const profile = stepProfile(lesson, state.index);
  const last = state.index === total - 1;
  const [selected, ...others] = state.phase === 'shown' ? (played?.looked ?? []) : [];

  return (
    <article className="lesson-player" aria-labelledby="lesson-title">
      <div className="lesson-head">
        <h3 id="lesson-title">{lesson.title}</h3>
        <button type="button" className="lesson-leave" onClick={onLeave}>
          All lessons
        </button>
      </div>
      <p className="lesson-count" aria-live="polite">
        Step {state.index + 1} of {total}
        {profile !== '3.11' && <span className="lesson-profile"> · CPython {profile}</span>}
      </p>
      <p className="lesson-text">
        <Narration text={step.text} />
      </p>
      {state.phase === 'ask' && step.predict && (
        <PredictionForm
          key={state.index}
          predict={step.predict}
          offered={state.offered}
          disabled={moving}
          onCheck={(guess) => void run(state.index, guess)}
          onSkip={() => void run(state.index, null)}
        />
      )}
      {state.phase === 'running' && <p className="lesson-running">Running…</p>}
      {state.phase === 'starting' && <p className="lesson-running">Starting a new heap…</p>}
      {state.phase === 'shown' && played?.reveal && <RevealView reveal={played.reveal} />}
      {state.phase === 'shown' && played?.run && played.run.printed !== '' && (
        <div className="lesson-output">
          <p>It printed:</p>
          <pre>{played.run.printed.replace(/\n$/, '')}</pre>
        </div>
      )}
      {state.phase === 'shown' && played?.run && played.run.errors.length > 0 && (
        <p className="lesson-error" role="alert">
          Something went wrong: {played.run.errors.join('; ')}
        </p>
      )}
      {selected !== undefined && (
        <p className="lesson-look">
          Look at <code>{selected}</code> (selected on the heap)
          {others.map((path) => (
            <span key={path}>
              {', '}
              <code>{path}</code>
            </span>
          ))}
          .
        </p>
      )}
      {state.phase === 'shown' && last && (
        <p className="lesson-end">That is the end of this lesson.</p>
      )}
      <div className="lesson-buttons lesson-nav">
        <button
          type="button"
          disabled={moving || state.index === 0}
          onClick={() => void previous()}
        >
          Previous
        </button>
        <button
          type="button"
          className="lesson-primary"
          disabled={moving || state.phase !== 'shown' || last}
          onClick={next}
        >
          Next
        </button>
      </div>
    </article>
  );
}
