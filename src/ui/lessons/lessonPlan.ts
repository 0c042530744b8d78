/**
 * What the Lessons pane plays, worked out from the lesson data alone (no store): which steps run
 * here, what runs before a step a lesson is opened at, and how a prediction is judged.
 *
 * The app's session runs CPython 3.11, and its profile is chosen only when a session is created
 * (the store offers no way to switch it), so a step of another profile (2.7, 3.12) is shown, not
 * run: running its Python on 3.11 would show the wrong heap.
 */
import type { Lesson } from '../../lessons/format';
import { stepProfile } from '../../lessons/play';

/** The profile of the app's session, on which lesson steps run. */
const PLAYED_PROFILE = '3.11';

/** Whether step `index` runs in the app's session (it is a 3.11 step). */
export function runsHere(lesson: Lesson, index: number): boolean {
  return stepProfile(lesson, index) === PLAYED_PROFILE;
}

/**
 * What opening the lesson at step `at` (0-based) runs first: the statements of the steps before
 * it that share its heap, and the position (in those statements) at which each of those steps
 * began (`starts[i]`, for Previous). A step of another profile starts from the heap the 3.11
 * steps before it left.
 */
export function playedBefore(
  lesson: Lesson,
  at: number,
): { readonly statements: readonly string[]; readonly starts: ReadonlyMap<number, number> } {
  let end = at;
  if (!runsHere(lesson, at)) while (end > 0 && !runsHere(lesson, end - 1)) end--;
  // The 3.11 steps just before: for a 3.11 step, its session as play.ts's heapBefore has it.
  let first = end;
  while (first > 0 && runsHere(lesson, first - 1)) first--;
  const statements: string[] = [];
  const starts = new Map<number, number>();
  for (let i = first; i < end; i++) {
    starts.set(i, statements.length);
    statements.push(...(lesson.steps[i]!.python ?? []));
  }
  return { statements, starts };
}

/** The last line a step printed (trimmed), '' when it printed nothing. */
export function lastLine(printed: string): string {
  return (printed.trimEnd().split('\n').pop() ?? '').trim();
}

/** The pieces of a narration: plain text, and `code` written in backquotes. */
export function narrationPieces(text: string): { readonly code: boolean; readonly text: string }[] {
  return text
    .split('`')
    .map((piece, i) => ({ code: i % 2 === 1, text: piece }))
    .filter((piece) => piece.text !== '');
}

/** Whether the step asks its prediction here: it has one and it runs here. */
export function asksHere(lesson: Lesson, index: number): boolean {
  return lesson.steps[index]!.predict !== undefined && runsHere(lesson, index);
}
