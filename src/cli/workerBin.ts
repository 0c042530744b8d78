import { runWorker } from './worker';

// The program's thread: dist-cli/heapscope-worker.mjs (scripts/build-cli.mjs), started by bin.ts.
runWorker();
