import { describe, expect, it } from 'vitest';
import { stepAt, stepMarks, type StepMark } from './stepColumns';
import { stepColumnsOf, StepRecorder } from './stepRecorder';

const FRAMES = ['<module>', 'f', 'Node.__init__'];
const markOf = (i: number): StepMark => ({
  line: 1 + (i % 17),
  depth: 1 + (i % 3),
  frame: FRAMES[i % 3]!,
  objects: 1000 + i,
  // Past 2^31, as a large heap's bytes can be.
  bytes: 2 ** 31 + 8 * i,
});

describe('a script run’s steps as columns', () => {
  it('gives back every step as recorded, past the columns’ first growth', () => {
    const marks = Array.from({ length: 3000 }, (_, i) => markOf(i));
    const steps = stepColumnsOf(marks);
    expect(steps.length).toBe(3000);
    expect(stepMarks(steps)).toEqual(marks);
    expect(steps.frameNames).toEqual(FRAMES);
  });

  it('has no step before the first or after the last', () => {
    const steps = stepColumnsOf([markOf(0), markOf(1)]);
    expect(stepAt(steps, -1)).toBeUndefined();
    expect(stepAt(steps, 2)).toBeUndefined();
    expect(stepAt(steps, 1)).toEqual(markOf(1));
  });

  it('hands out a copy: recording goes on without changing what was handed out', () => {
    const recorder = new StepRecorder(2);
    const push = (m: StepMark) => recorder.push(m.line, m.depth, m.frame, m.objects, m.bytes);
    push(markOf(0));
    const early = recorder.columns();
    for (let i = 1; i < 10; i++) push(markOf(i));
    expect(stepMarks(early)).toEqual([markOf(0)]);
    expect(recorder.columns().length).toBe(10);
  });
});
