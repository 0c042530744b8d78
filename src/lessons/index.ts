/**
 * The lessons, in teaching order. Each is a plain-data `Lesson` (format.ts) in its own module; to
 * add one, write the module, list it here, and run `node scripts/run-bundled.mjs
 * scripts/lesson-scripts.ts --expected` to write its conformance script and python3's output.
 */
import { collector } from './collector';
import { cycles } from './cycles';
import { exceptions } from './exceptions';
import { finalizers } from './finalizers';
import type { Lesson } from './format';
import { functionCalls } from './functionCalls';
import { ids } from './ids';
import { memoryGrowth } from './memoryGrowth';
import { references } from './references';
import { sharedObjects } from './sharedObjects';
import { weakCache } from './weakCache';
import { weakReferences } from './weakReferences';

export type { Lesson, LessonProfile, LessonStep, Prediction } from './format';

export const LESSONS: readonly Lesson[] = [
  references,
  functionCalls,
  sharedObjects,
  cycles,
  collector,
  finalizers,
  ids,
  weakReferences,
  memoryGrowth,
  exceptions,
  weakCache,
];

/** The lesson a `?lesson=NAME` address names, or null. */
export function lessonNamed(name: string): Lesson | null {
  return LESSONS.find((l) => l.name === name) ?? null;
}
