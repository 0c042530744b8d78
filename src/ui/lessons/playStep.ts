/**
 * What the Lessons pane does to the session, always through the store's own actions, as a person
 * at the console would: a new session for the lesson, each statement of a step run as one console
 * entry (so the transcript, undo and the timeline work as usual), the history moved back for
 * Previous, and the step's `look` objects selected. Nothing here touches the heap itself.
 */
import type { ProfileName } from '../../engine/profiles';
import type { LessonStep } from '../../lessons/format';
import { resolveLook } from '../../lessons/look';
import type { TranscriptEntry } from '../../store/transcript';
import type { AppCore } from '../core/appCore';

/** What a step's statements did. */
export interface StepRun {
  /** What they printed on stdout, in order. */
  readonly printed: string;
  /** The errors of statements that raised or could not run ("source: error"). */
  readonly errors: readonly string[];
}

/** The heap a lesson step starts from: a session of `profile` with `statements` run in order. */
export interface LessonHeap {
  readonly profile: ProfileName;
  readonly statements: readonly string[];
}

/**
 * Starts a lesson's heap: a new session of its profile, then its statements. The first heap of a
 * lesson keeps the session saved in the browser aside (the store says where); a later one
 * (`replace`: the lesson moved to another profile, or back) replaces the lesson's own session,
 * which its data can make again.
 */
export async function startLessonHeap(
  core: AppCore,
  heap: LessonHeap,
  replace = false,
): Promise<void> {
  const session = () => core.session.getState();
  await session().newSession({ profile: heap.profile, replaceSaved: replace });
  if (heap.statements.length === 0) return;
  await session().loadStatements(heap.statements);
  await session().goTo(heap.statements.length);
  await session().idle();
}

const stdoutOf = (entry: TranscriptEntry) =>
  entry.output
    .filter((chunk) => chunk.stream === 'stdout')
    .map((chunk) => chunk.text)
    .join('');

/**
 * Runs a step's statements, one console entry each. Where the learner went back (Previous), the
 * statements after the position are this step's: they are redone, not run anew, so the history
 * keeps them; any other statement after the position is dropped, as the lesson goes on from here.
 */
export async function runStepStatements(core: AppCore, step: LessonStep): Promise<StepRun> {
  const session = () => core.session.getState();
  await session().idle();
  let printed = '';
  const errors: string[] = [];
  for (const source of step.python ?? []) {
    const { position, transcript } = session();
    let entry: TranscriptEntry | null;
    if (transcript[position]?.source === source) {
      await session().redo();
      entry = session().position === position + 1 ? session().transcript[position]! : null;
    } else {
      entry = await session().runPython(source, 'console', { dropUndone: true });
    }
    if (!entry) {
      errors.push(`${source.split('\n')[0]}: it could not run (Python was busy)`);
      break;
    }
    printed += stdoutOf(entry);
    if (!entry.ok) errors.push(`${source.split('\n')[0]}: ${entry.error ?? 'stopped'}`);
  }
  await session().idle();
  return { printed, errors };
}

/** Moves the history back to `position` (Previous): the statements after it are undone, kept. */
export async function backTo(core: AppCore, position: number): Promise<void> {
  await core.session.getState().goTo(position);
  await core.session.getState().idle();
}

/**
 * Selects the first object the step's `look` paths reach (the canvas highlights the selection,
 * which holds one object) and answers which paths reached an object.
 */
export function lookAt(core: AppCore, paths: readonly string[]): readonly string[] {
  const { snapshot, select } = core.session.getState();
  const found = paths.filter((path) => resolveLook(snapshot, path) !== null);
  const first = found[0];
  if (first !== undefined) select(resolveLook(snapshot, first));
  return found;
}

/** The names bound in Globals to objects a program made (not modules, classes or functions). */
export function boundNames(core: AppCore): readonly { name: string; id: number }[] {
  const { snapshot, setupIds } = core.session.getState();
  const kinds = new Map(snapshot.objects.map((o) => [o.id, o.kind]));
  const globals = snapshot.frames.find((f) => f.kind === 'globals');
  return (globals?.names ?? [])
    .filter((n) => !setupIds.has(n.target))
    .filter(
      (n) => !['class', 'function', 'method', 'other'].includes(kinds.get(n.target) ?? 'other'),
    )
    .map((n) => ({ name: n.name, id: n.target }));
}

/** Which of `ids` the heap still holds. */
export function stillThere(core: AppCore, ids: readonly number[]): ReadonlySet<number> {
  const alive = new Set(core.session.getState().snapshot.objects.map((o) => o.id));
  return new Set(ids.filter((id) => alive.has(id)));
}
