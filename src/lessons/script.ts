/**
 * A lesson as a conformance script: the `python` of its 3.11 steps, in order, as one file
 * (conformance/lesson_<name>.py) that python3 runs. scripts/lesson-scripts.ts writes the files and
 * the lesson test checks they are still what the lessons say.
 */
import type { Lesson } from './format';
import { stepProfile } from './play';

/** The script's file name without `.py`: `lesson_function_calls` for 'function-calls'. */
export function conformanceName(lesson: Lesson): string {
  return `lesson_${lesson.name.replace(/-/g, '_')}`;
}

/** The steps python3 (CPython 3.11) can check: those that run on the 3.11 profile. */
export function comparedSteps(lesson: Lesson): number[] {
  return lesson.steps.map((_, i) => i).filter((i) => stepProfile(lesson, i) === '3.11');
}

/** The text of conformance/<conformanceName(lesson)>.py. */
export function conformanceScript(lesson: Lesson): string {
  const lines = [
    `# Lesson '${lesson.name}' (${lesson.title}): the python of its steps, in order.`,
    '# Written from src/lessons/ by scripts/lesson-scripts.ts: change the lesson, not this file.',
  ];
  const compared = new Set(comparedSteps(lesson));
  lesson.steps.forEach((step, i) => {
    const profile = stepProfile(lesson, i);
    if (!compared.has(i)) {
      lines.push(
        '',
        `# Step ${i + 1} runs on the ${profile} profile and is left out: python3 is CPython 3.11.`,
      );
      return;
    }
    if (!step.python?.length) return;
    lines.push('', `# Step ${i + 1}`, ...step.python.map((s) => s.replace(/\n+$/, '')));
  });
  return `${lines.join('\n')}\n`;
}
