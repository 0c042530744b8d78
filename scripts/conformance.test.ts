import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScript, conformanceDir } from './conformanceCheck';

// Each script's expected output was produced by python3 3.11 (npm run conformance:update).
// Each script gets its own budget: a few (deep structures, big collections) take seconds on a
// loaded 2-core machine.
describe('conformance with CPython 3.11', { timeout: 60_000 }, () => {
  const scripts = readdirSync(conformanceDir)
    .filter((f) => f.endsWith('.py'))
    .sort();
  it('has scripts', () => expect(scripts.length).toBeGreaterThan(0));
  for (const f of scripts) {
    it(`${f} prints what python3 prints`, () => {
      expect(checkScript(join(conformanceDir, f))).toEqual([]);
    });
  }
});
