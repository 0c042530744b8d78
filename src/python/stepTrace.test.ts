import { describe, expect, it } from 'vitest';
import { stepMarks } from './stepColumns';
import { Session } from './session';
import { StepTrace } from './stepTrace';

const meter = () => ({ objects: 0, bytes: 0 });

describe('a replay paused at a step', () => {
  it('stops there: a finally block after it runs no further than its first statement', () => {
    // Lines 3-4 are the try's; the finally would step 2 × 1,000 more times if it ran.
    const program = [
      'out = []',
      'try:',
      '    out.append(1)',
      '    out.append(2)',
      'finally:',
      '    for i in range(1000):',
      '        out.append(i)',
    ].join('\n');
    const recorded = new StepTrace('<script>', null, meter);
    const first = new Session();
    first.interpreter.stepTrace = recorded;
    expect(first.run(program, 'exec', { file: '<script>' }).ok).toBe(true);
    expect(recorded.count).toBeGreaterThan(2000);

    const paused = new StepTrace('<script>', 3, meter);
    const again = new Session();
    again.interpreter.stepTrace = paused;
    again.run(program, 'exec', { file: '<script>' });
    expect(paused.view?.mark.line).toBe(4);
    expect(paused.count).toBeLessThanOrEqual(3 + 2);
  });

  it('counts only the script’s own statements as steps, not the library’s Python', () => {
    const trace = new StepTrace('<script>', null, meter);
    const session = new Session();
    session.interpreter.stepTrace = trace;
    const program = 'import copy\nx = copy.deepcopy([[1], [2]])\nprint(x)';
    expect(session.run(program, 'exec', { file: '<script>' }).ok).toBe(true);
    expect(stepMarks(trace.marks.columns()).map((m) => m.line)).toEqual([1, 2, 3]);
  });
});
