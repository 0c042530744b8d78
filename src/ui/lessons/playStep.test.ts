import { describe, expect, it } from 'vitest';
import { lessonNamed } from '../../lessons';
import { InlineEngine } from '../../store/inlineEngine';
import { createAppCore } from '../core/appCore';
import { playedBefore } from './lessonPlan';
import {
  backTo,
  boundNames,
  lookAt,
  runStepStatements,
  startLessonHeap,
  stillThere,
} from './playStep';

const newCore = () => createAppCore({ storage: null, engine: () => new InlineEngine() });
const sources = (core: ReturnType<typeof newCore>) =>
  core.session.getState().transcript.map((e) => e.source);

describe('playing a lesson through the store', () => {
  const lesson = lessonNamed('references')!;

  it('runs each statement as a console entry, and selects what to look at', async () => {
    const core = newCore();
    await startLessonHeap(core, { profile: '3.11', statements: [] });
    const first = await runStepStatements(core, lesson.steps[0]!);
    expect(first.errors).toEqual([]);
    const second = await runStepStatements(core, lesson.steps[1]!);
    expect(second.printed).toBe('2\n');
    expect(sources(core)).toEqual(['import sys', 'a = []', 'print(sys.getrefcount(a))']);
    expect(lookAt(core, ['a', 'nothing'])).toEqual(['a']);
    expect(core.session.getState().selection).toMatchObject({ kind: 'object' });
  });

  it('starts at a step with the steps before it played, and goes back and forth', async () => {
    const core = newCore();
    const heap = playedBefore(lesson, 3);
    const { statements, starts } = heap;
    await startLessonHeap(core, heap);
    expect(core.session.getState().position).toBe(statements.length);
    // Previous from step 3 (0-based) to 2: the statements of step 2 are undone, kept.
    await backTo(core, starts.get(2)!);
    expect(core.session.getState().position).toBe(3);
    expect(boundNames(core).map((b) => b.name)).toEqual(['a']);
    // Next redoes them rather than dropping them.
    const again = await runStepStatements(core, lesson.steps[2]!);
    expect(again.printed).toBe('3\n');
    expect(sources(core)).toEqual(statements);
  });

  it('tells which objects are still there', async () => {
    const core = newCore();
    await startLessonHeap(core, { profile: '3.11', statements: ['a = []', 'b = []'] });
    const bound = boundNames(core);
    await core.session.getState().runPython('del a');
    expect([
      ...stillThere(
        core,
        bound.map((b) => b.id),
      ),
    ]).toEqual([bound[1]!.id]);
  });

  it('runs a step of another profile on a heap of that profile, and makes the one before again', async () => {
    const calls = lessonNamed('function-calls')!;
    const last = calls.steps.length - 1;
    const core = newCore();
    await startLessonHeap(core, playedBefore(calls, last - 1));
    await runStepStatements(core, calls.steps[last - 1]!);
    const kept = sources(core);
    // Next: the 2.7 step, on a 2.7 heap, prints what the talk printed.
    await startLessonHeap(core, playedBefore(calls, last), true);
    expect(core.session.getState().profile).toBe('2.7');
    const old = await runStepStatements(core, calls.steps[last]!);
    expect(old).toEqual({ printed: '4\n', errors: [] });
    // Previous: the 3.11 heap as the step before left it.
    const before = playedBefore(calls, last - 1);
    const statements = [...before.statements, ...(calls.steps[last - 1]!.python ?? [])];
    await startLessonHeap(core, { profile: before.profile, statements }, true);
    expect(core.session.getState().profile).toBe('3.11');
    expect(sources(core)).toEqual(kept);
  });
});
