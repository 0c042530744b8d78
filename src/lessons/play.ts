/**
 * How a lesson is played: which CPython each step runs on, and what heap a step starts from.
 * Plain functions of the lesson data, for the Lessons panel (`?lesson=NAME&step=N`), the lesson
 * test and the conformance scripts. Steps are counted from 0 here.
 */
import type { Lesson, LessonProfile } from './format';

/** The profile of a lesson that names none. */
const DEFAULT_LESSON_PROFILE: LessonProfile = '3.11';

/** The CPython step `index` runs on: its own profile, else the lesson's, else 3.11. */
export function stepProfile(lesson: Lesson, index: number): LessonProfile {
  return lesson.steps[index]?.profile ?? lesson.profile ?? DEFAULT_LESSON_PROFILE;
}

/**
 * The first step of the session step `index` runs in: steps share a session while their profile
 * stays the same, and a change of profile starts a new one.
 */
export function sessionStart(lesson: Lesson, index: number): number {
  const profile = stepProfile(lesson, index);
  let start = index;
  while (start > 0 && stepProfile(lesson, start - 1) === profile) start--;
  return start;
}

/**
 * What to do to show the heap step `index` starts from (as `?lesson=NAME&step=N` opens it): a new
 * session of `profile` that runs `statements`, the `python` of the steps before it in its session.
 */
export function heapBefore(
  lesson: Lesson,
  index: number,
): { readonly profile: LessonProfile; readonly statements: readonly string[] } {
  const statements: string[] = [];
  for (let i = sessionStart(lesson, index); i < index; i++)
    statements.push(...(lesson.steps[i]!.python ?? []));
  return { profile: stepProfile(lesson, index), statements };
}
