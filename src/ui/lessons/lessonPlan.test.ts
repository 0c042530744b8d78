import { describe, expect, it } from 'vitest';
import { LESSONS, lessonNamed } from '../../lessons';
import { heapBefore } from '../../lessons/play';
import { lessonLinkFrom } from './lessonLink';
import { asksHere, lastLine, narrationPieces, playedBefore, runsHere } from './lessonPlan';

describe('lessonPlan', () => {
  it('replays, before a 3.11 step, what heapBefore says', () => {
    for (const lesson of LESSONS)
      lesson.steps.forEach((_, i) => {
        if (runsHere(lesson, i))
          expect(playedBefore(lesson, i).statements).toEqual(heapBefore(lesson, i).statements);
      });
  });

  it('starts a step of another profile from the 3.11 steps before it', () => {
    const lesson = lessonNamed('finalizers')!;
    const last = lesson.steps.length - 1;
    expect(runsHere(lesson, last)).toBe(false);
    const before = playedBefore(lesson, last);
    const ran = lesson.steps.filter((_, i) => runsHere(lesson, i)).flatMap((s) => s.python ?? []);
    expect(before.statements).toEqual(ran);
    expect(asksHere(lesson, last - 1)).toBe(false);
  });

  it('knows where each step played before began', () => {
    const lesson = lessonNamed('references')!;
    const { statements, starts } = playedBefore(lesson, 3);
    expect(statements).toEqual([
      'import sys',
      'a = []',
      'print(sys.getrefcount(a))',
      'b = a',
      'print(sys.getrefcount(a))',
    ]);
    expect([...starts]).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
    ]);
  });

  it('takes the last printed line, trimmed', () => {
    expect(lastLine('1\n 2 \n')).toBe('2');
    expect(lastLine('')).toBe('');
  });

  it('splits narration into text and code', () => {
    expect(narrationPieces('Call `f(x)` now')).toEqual([
      { code: false, text: 'Call ' },
      { code: true, text: 'f(x)' },
      { code: false, text: ' now' },
    ]);
  });

  it('reads ?lesson=NAME&step=N', () => {
    expect(lessonLinkFrom('?lesson=cycles&step=3')).toEqual({ name: 'cycles', step: 2 });
    expect(lessonLinkFrom('?lesson=cycles')).toEqual({ name: 'cycles', step: 0 });
    expect(lessonLinkFrom('?lesson=cycles&step=x')).toEqual({ name: 'cycles', step: 0 });
    expect(lessonLinkFrom('?embed=1')).toBeNull();
  });
});
