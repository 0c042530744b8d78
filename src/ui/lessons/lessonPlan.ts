/**
 * What the Lessons pane plays, worked out from the lesson data alone (no store): the heap a step
 * starts from, where a step of another profile (2.7, 3.12) starts a new one, and how a prediction
 * is judged. Steps of one profile share a session (play.ts): the store starts one of each
 * profile the lesson moves to.
 */
import type { Lesson, LessonProfile } from '../../lessons/format';
import { heapBefore, sessionStart } from '../../lessons/play';

/**
 * What opening the lesson at step `at` (0-based) runs first: a new session of the step's profile,
 * the statements of the steps before it in that session (play.ts's heapBefore), and the position
 * (in those statements) at which each of those steps began (`starts[i]`, for Previous).
 */
export function playedBefore(
  lesson: Lesson,
  at: number,
): {
  readonly profile: LessonProfile;
  readonly statements: readonly string[];
  readonly starts: ReadonlyMap<number, number>;
} {
  const starts = new Map<number, number>();
  let count = 0;
  for (let i = sessionStart(lesson, at); i < at; i++) {
    starts.set(i, count);
    count += lesson.steps[i]!.python?.length ?? 0;
  }
  return { ...heapBefore(lesson, at), starts };
}

/** Whether step `index` starts a heap of its own: the lesson moves to another profile there. */
export function startsNewHeap(lesson: Lesson, index: number): boolean {
  return index > 0 && sessionStart(lesson, index) === index;
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
