/**
 * The address that opens a lesson: `?lesson=NAME&step=N` (N counted from 1, as the panel shows
 * it). Read at start (src/main.tsx) without the lessons themselves, which load apart: a name that
 * names no lesson is told by the Lessons pane, which knows them.
 */
import type { LessonLink } from '../interactionStore';

/** The lesson and step (0-based) an address's query asks for, or null when it asks for none. */
export function lessonLinkFrom(search: string): LessonLink | null {
  const params = new URLSearchParams(search);
  const name = params.get('lesson');
  if (!name) return null;
  const step = Number(params.get('step') ?? '1');
  return { name, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
}
