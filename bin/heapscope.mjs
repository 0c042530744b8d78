#!/usr/bin/env node
// `heapscope run FILE.py`: runs the prebuilt bundle dist-cli/heapscope.mjs and loads nothing else
// (no esbuild, no look at the sources). scripts/build-cli.mjs builds it, at `npm ci` or
// `npm install` and before `npm test`'s unit tests; scripts/build-cli.test.ts fails when it is older
// than the sources. A checkout without it builds it here once.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/heapscope.mjs', import.meta.url);
const worker = new URL('../dist-cli/heapscope-worker.mjs', import.meta.url);
if (!existsSync(bundle) || !existsSync(worker)) {
  process.stderr.write('heapscope: dist-cli/ is missing: building it (npm run build:cli)\n');
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
await import(bundle.href);
