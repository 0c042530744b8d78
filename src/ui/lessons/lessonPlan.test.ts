import { describe, expect, it } from 'vitest';
import { LESSONS, lessonNamed } from '../../lessons';
import { heapBefore } from '../../lessons/play';
import { lessonLinkFrom } from './lessonLink';
import { lastLine, narrationPieces, playedBefore, startsNewHeap } from './lessonPlan';

describe('lessonPlan', () => {
  it('replays, before a step, what heapBefore says, on its profile', () => {
    for (const lesson of LESSONS)
      lesson.steps.forEach((_, i) => {
        const { profile, statements } = playedBefore(lesson, i);
        expect({ profile, statements }).toEqual(heapBefore(lesson, i));
      });
  });

  it('starts a heap of its own where the lesson moves to another profile', () => {
    const lesson = lessonNamed('finalizers')!;
    const last = lesson.steps.length - 1;
    expect(startsNewHeap(lesson, last - 1)).toBe(true);
    expect(startsNewHeap(lesson, last)).toBe(false);
    expect(startsNewHeap(lesson, 0)).toBe(false);
    expect(playedBefore(lesson, last - 1)).toMatchObject({ profile: '2.7', statements: [] });
    const before = playedBefore(lesson, last);
    expect(before.statements).toEqual(lesson.steps[last - 1]!.python);
    expect([...before.starts]).toEqual([[last - 1, 0]]);
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
