import { describe, expect, it } from 'vitest';
import { exportFileName, exportTime } from './exportFiles';

describe('export file names', () => {
  it('are named after the local day, with two-digit months and days', () => {
    const day = new Date(2026, 11, 6, 9, 5);
    expect(exportFileName('svg', day)).toBe('heapscope-2026-12-06.svg');
    expect(exportFileName('py', new Date(2027, 0, 2))).toBe('heapscope-2027-01-02.py');
    expect(exportTime(day)).toBe('2026-12-06 09:05');
  });
});
