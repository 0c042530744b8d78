#!/usr/bin/env node
// `heapscope run FILE.py`: runs the prebuilt bundles in dist-cli/ and loads nothing else (no
// esbuild, no look at the sources). scripts/build-cli.mjs builds them, at `npm ci` or
// `npm install` and before `npm test`'s unit tests; scripts/build-cli.test.ts fails when they are
// older than the sources. A checkout without them builds them here once.
import { existsSync } from 'node:fs';

const dist = new URL('../dist-cli/', import.meta.url);
const bundles = ['heapscope-program.cjs', 'heapscope-worker.cjs', 'heapscope.mjs'];
if (!bundles.every((name) => existsSync(new URL(name, dist)))) {
  process.stderr.write('heapscope: dist-cli/ is missing: building it (npm run build:cli)\n');
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
await import(new URL('heapscope.mjs', dist).href);
