import { describe, expect, it } from 'vitest';
import { formatReport } from './fuzz/report';
import { runFuzz } from './fuzz/run';

// A bounded differential fuzz (`npm run fuzz` for more): random programs that stress reference
// semantics must print under Heapscope exactly what python3 3.11 prints. Skips without python3.11.
const COUNT = 200;
const SEED = 1;

describe('differential fuzzing against python3', () => {
  it(`${COUNT} random programs (seed ${SEED}) print what python3 prints`, async () => {
    const result = await runFuzz({ count: COUNT, seed: SEED, maxShrink: 3, shrinkTries: 300 });
    if (result.skipped) {
      console.warn(`fuzz skipped: ${result.skipped}`);
      return;
    }
    expect(result.invalid, 'programs python3 itself rejects (generator bugs)').toEqual([]);
    expect(result.divergences.length, formatReport(result, SEED, 3)).toBe(0);
  }, 120_000);
});
