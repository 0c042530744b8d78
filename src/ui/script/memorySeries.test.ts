import { describe, expect, it } from 'vitest';
import type { StepMark } from '../../python/stepColumns';
import { stepColumnsOf } from '../../python/stepRecorder';
import { bytesPolyline, formatBytes, growth, MAX_POINTS, stepUnder, stepX } from './memorySeries';

const mark = (bytes: number): StepMark => ({
  line: 1,
  depth: 1,
  frame: '<module>',
  objects: bytes / 8,
  bytes,
});
const box = { width: 100, height: 50 };

describe('the memory chart', () => {
  it('draws bytes rising from the bottom left to the top right', () => {
    expect(bytesPolyline(stepColumnsOf([mark(800), mark(1600), mark(2400)]), box)).toBe(
      '0,50 50,25 100,0',
    );
  });

  it('draws a flat heap as a flat line, and samples a long run with its last step', () => {
    expect(bytesPolyline(stepColumnsOf([mark(800), mark(800)]), box)).toBe('0,50 100,50');
    const long = stepColumnsOf(Array.from({ length: 5000 }, (_, i) => mark(800 + 8 * i)));
    const points = bytesPolyline(long, box).split(' ');
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS + 1);
    expect(points.at(-1)).toBe('100,0');
  });

  it('maps a step to its x and a click back to the step', () => {
    expect(stepX(11, 5, box)).toBe(50);
    expect(stepUnder(11, 52, box)).toBe(5);
    expect(stepUnder(11, -3, box)).toBe(0);
    expect(stepUnder(11, 130, box)).toBe(10);
  });

  it('says bytes as people read them', () => {
    expect(formatBytes(840)).toBe('840 bytes');
    expect(formatBytes(12_595)).toBe('12.3 KiB');
  });

  it('lists the types that grew most first, as objgraph.show_growth', () => {
    const rows = growth({ list: 5, Child: 3, dict: 9 }, { list: 7, Child: 13, dict: 9, Parent: 1 });
    expect(rows).toEqual([
      { type: 'Child', count: 13, change: 10 },
      { type: 'list', count: 7, change: 2 },
      { type: 'Parent', count: 1, change: 1 },
    ]);
  });
});
