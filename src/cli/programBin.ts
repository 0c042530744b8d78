import { runWorker } from './worker';

// The interpreter's bundle, dist-cli/heapscope-program.cjs (scripts/build-cli.mjs), which
// workerBin.ts runs in the program's thread.
runWorker();
