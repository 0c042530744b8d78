import '../python/withStandardLibrary';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isProfileName } from '../engine/profiles';
import { Session } from '../python/session';
import { PRELUDE } from '../store/prelude';
import type { Lesson } from './format';
import { LESSONS, lessonNamed } from './index';
import { isLookPath, resolveLook } from './look';
import { heapBefore, sessionStart, stepProfile } from './play';
import { comparedSteps, conformanceName, conformanceScript } from './script';

const conformanceDir = join(import.meta.dirname, '..', '..', 'conformance');

/** Addresses differ from run to run (as in scripts/conformanceCheck.ts). */
const normalize = (text: string) => text.replace(/0x[0-9a-f]+/g, '0xADDR');

const lastLine = (text: string) => text.replace(/\n$/, '').split('\n').pop() ?? '';

/**
 * What the output predictions of steps python3 cannot check (other profiles) answer in
 * Heapscope's models of those versions, keyed `lesson:step` (counted from 1): what the talk's
 * Python 2 printed, or what PEP 683 makes 3.12 print.
 */
const OTHER_PROFILE_ANSWERS: Readonly<Record<string, string>> = {
  'function-calls:7': '4',
  'shared-objects:7': '0',
  'finalizers:10': '2',
};

interface StepRun {
  readonly stdout: string;
  readonly stderr: string;
  /** "statement: error" for each statement that raised or was refused. */
  readonly failures: readonly string[];
  /** The `look` paths that reach no object once the step has run. */
  readonly unresolved: readonly string[];
}

/** Creates the session a step's profile needs, as the app does (its setup first, or not). */
function newSession(lesson: Lesson, index: number, setup: boolean): Session {
  const session = new Session({ profile: stepProfile(lesson, index) });
  if (setup) for (const source of PRELUDE) expect(session.run(source).ok).toBe(true);
  return session;
}

/** Runs one step's statements as console entries (REPL 'single' mode), one at a time. */
function runStep(session: Session, lesson: Lesson, index: number, look: boolean): StepRun {
  const step = lesson.steps[index]!;
  let stdout = '';
  let stderr = '';
  const failures: string[] = [];
  for (const statement of step.python ?? []) {
    const outcome = session.run(statement, 'single');
    for (const chunk of outcome.output)
      if (chunk.stream === 'stdout') stdout += chunk.text;
      else stderr += chunk.text;
    if (!outcome.ok) failures.push(`${statement}: ${outcome.error}`);
  }
  const snapshot = look && step.look ? session.snapshot() : null;
  const unresolved = snapshot ? step.look!.filter((p) => resolveLook(snapshot, p) === null) : [];
  return { stdout, stderr, failures, unresolved };
}

/** Plays the whole lesson, step after step, a new session at each change of profile. */
function play(lesson: Lesson, options: { setup: boolean; look: boolean }): StepRun[] {
  let session: Session | null = null;
  return lesson.steps.map((_, i) => {
    if (session === null || sessionStart(lesson, i) === i)
      session = newSession(lesson, i, options.setup);
    return runStep(session, lesson, i, options.look);
  });
}

function expected(lesson: Lesson, ext: 'stdout' | 'stderr' | 'status'): string {
  return readFileSync(
    join(conformanceDir, 'expected', `${conformanceName(lesson)}.${ext}`),
    'utf8',
  );
}

/** What the compared (3.11) steps printed, one after the other. */
function comparedStdout(lesson: Lesson, runs: readonly StepRun[]): string {
  return comparedSteps(lesson)
    .map((i) => runs[i]!.stdout)
    .join('');
}

describe('the lessons', () => {
  it('have unique names and are found by name', () => {
    const names = LESSONS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const lesson of LESSONS) expect(lessonNamed(lesson.name)).toBe(lesson);
    expect(lessonNamed('no-such-lesson')).toBeNull();
  });

  it('each have a conformance script, and no script is left of a lesson that is gone', () => {
    const scripts = readdirSync(conformanceDir).filter((f) => /^lesson_\w+\.py$/.test(f));
    expect(scripts.sort()).toEqual(LESSONS.map((l) => `${conformanceName(l)}.py`).sort());
  });

  it('give every output prediction of another profile an answer here', () => {
    const keys = LESSONS.flatMap((l) =>
      l.steps
        .map((s, i) => ({ s, i }))
        .filter(({ s, i }) => s.predict?.kind === 'output' && stepProfile(l, i) !== '3.11')
        .map(({ i }) => `${l.name}:${i + 1}`),
    );
    expect(keys.sort()).toEqual(Object.keys(OTHER_PROFILE_ANSWERS).sort());
  });
});

for (const lesson of LESSONS) {
  describe(`lesson ${lesson.name}`, () => {
    it('is well formed', () => {
      expect(lesson.name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(lesson.title.trim()).not.toBe('');
      expect(lesson.summary.trim()).not.toBe('');
      if (lesson.profile !== undefined) expect(isProfileName(lesson.profile)).toBe(true);
      expect(lesson.steps.length).toBeGreaterThanOrEqual(5);
      expect(lesson.steps.length).toBeLessThanOrEqual(12);
      expect(comparedSteps(lesson).length).toBeGreaterThan(0);
      lesson.steps.forEach((step, i) => {
        const where = `step ${i + 1}`;
        expect(step.text.trim(), where).not.toBe('');
        if (step.profile !== undefined) expect(isProfileName(step.profile), where).toBe(true);
        for (const statement of step.python ?? []) {
          // One console entry: starts at the margin, no blank line inside, nothing trailing.
          expect(statement, where).toMatch(/^\S/);
          expect(statement, where).not.toMatch(/\n[ \t]*\n|\s$/);
        }
        const look = step.look ?? [];
        expect(new Set(look).size, where).toBe(look.length);
        for (const path of look) expect(isLookPath(path), `${where}: ${path}`).toBe(true);
        const predict = step.predict;
        if (!predict) return;
        expect(predict.question.trim(), where).not.toBe('');
        expect(predict.explain.trim(), where).not.toBe('');
        expect(step.python?.length ?? 0, `${where} asks before running nothing`).toBeGreaterThan(0);
        if (predict.kind === 'choice') {
          expect(predict.options.length, where).toBeGreaterThanOrEqual(2);
          expect(new Set(predict.options).size, where).toBe(predict.options.length);
          expect(Number.isInteger(predict.answer), where).toBe(true);
          expect(predict.answer, where).toBeGreaterThanOrEqual(0);
          expect(predict.answer, where).toBeLessThan(predict.options.length);
        }
      });
    });

    it('is its conformance script', () => {
      const name = conformanceName(lesson);
      expect(readFileSync(join(conformanceDir, `${name}.py`), 'utf8')).toBe(
        conformanceScript(lesson),
      );
      for (const ext of ['stdout', 'stderr', 'status'])
        expect(existsSync(join(conformanceDir, 'expected', `${name}.${ext}`)), ext).toBe(true);
    });

    it('plays step by step after the session’s setup, printing what python3 printed', () => {
      const runs = play(lesson, { setup: true, look: true });
      runs.forEach((run, i) => {
        const where = `step ${i + 1}`;
        expect(run.failures, where).toEqual([]);
        expect(run.stderr, where).toBe('');
        expect(run.unresolved, `${where}: look paths that reach nothing`).toEqual([]);
      });
      expect(expected(lesson, 'status').trim()).toBe('0');
      expect(expected(lesson, 'stderr')).toBe('');
      const python3 = normalize(expected(lesson, 'stdout'));
      expect(normalize(comparedStdout(lesson, runs))).toBe(python3);

      // Each output prediction's answer, the last line its step printed, is python3's line.
      let offset = 0;
      runs.forEach((run, i) => {
        const where = `step ${i + 1}`;
        const printed = normalize(run.stdout);
        const compared = stepProfile(lesson, i) === '3.11';
        if (lesson.steps[i]!.predict?.kind === 'output') {
          expect(printed, `${where} prints its answer`).not.toBe('');
          const answer = compared
            ? lastLine(python3.slice(offset, offset + printed.length))
            : OTHER_PROFILE_ANSWERS[`${lesson.name}:${i + 1}`];
          expect(lastLine(printed), where).toBe(answer);
        }
        if (compared) offset += printed.length;
      });
    });

    it('plays the same on a session without the setup', () => {
      const runs = play(lesson, { setup: false, look: false });
      for (const run of runs) expect(run.failures).toEqual([]);
      expect(normalize(comparedStdout(lesson, runs))).toBe(normalize(expected(lesson, 'stdout')));
    });

    it('opens at any step from the heap heapBefore describes', () => {
      const runs = play(lesson, { setup: true, look: false });
      lesson.steps.forEach((_, i) => {
        const before = heapBefore(lesson, i);
        expect(before.profile).toBe(stepProfile(lesson, i));
        const session = newSession(lesson, i, true);
        for (const statement of before.statements)
          expect(session.run(statement, 'single').ok, statement).toBe(true);
        expect(normalize(runStep(session, lesson, i, false).stdout), `step ${i + 1}`).toBe(
          normalize(runs[i]!.stdout),
        );
      });
    });
  });
}
