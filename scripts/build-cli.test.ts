import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLES, builtSourceHash, currentSourceHash } from './build-cli.mjs';

// bin/heapscope.mjs runs dist-cli/ as it is, without looking at the sources: this is the check
// that it was built from them (the same hash, recomputed from what the bundles are built from).
describe('the command line bundles (dist-cli/)', () => {
  it('are built from the current sources', async () => {
    const current = await currentSourceHash();
    for (const file of CLI_BUNDLES) {
      const name = relative(process.cwd(), file);
      expect(
        builtSourceHash(file),
        `${name} is missing or older than the sources: run \`npm run build:cli\``,
      ).toBe(current);
    }
  });
});
