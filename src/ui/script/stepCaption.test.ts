import { describe, expect, it } from 'vitest';
import { stepColumnsOf } from '../../python/stepRecorder';
import { nextStep, previousStep, stepCaption } from './stepCaption';

const marks = [
  { line: 1, depth: 1, frame: '<module>', objects: 10, bytes: 800 },
  { line: 2, depth: 2, frame: 'f', objects: 11, bytes: 856 },
  { line: 3, depth: 2, frame: 'Node.__init__', objects: 12, bytes: 912 },
];
const steps = stepColumnsOf(marks);

describe('stepCaption', () => {
  it('names the step, its line and the code that runs it', () => {
    expect(stepCaption(steps, 0)).toBe('Step 1 of 3 — line 1 in <module>');
    expect(stepCaption(steps, 1)).toBe('Step 2 of 3 — line 2 in f()');
    expect(stepCaption(steps, 2)).toBe('Step 3 of 3 — line 3 in Node.__init__()');
  });

  it('says when the heap shown is the one the script left', () => {
    expect(stepCaption(steps, null)).toBe('After the script: the heap it left (3 steps run)');
    expect(stepCaption(stepColumnsOf(marks.slice(0, 1)), null)).toBe(
      'After the script: the heap it left (1 step run)',
    );
  });
});

describe('nextStep and previousStep', () => {
  it('go from the last step to the heap after the script, and back', () => {
    expect(nextStep(3, 1)).toBe(2);
    expect(nextStep(3, 2)).toBeNull();
    expect(nextStep(3, null)).toBeUndefined();
    expect(previousStep(3, null)).toBe(2);
    expect(previousStep(3, 1)).toBe(0);
    expect(previousStep(3, 0)).toBeUndefined();
    expect(previousStep(0, null)).toBeUndefined();
  });
});
