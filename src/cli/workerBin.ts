import { join } from 'node:path';
import { runWithCodeCache } from './codeCache';

// The program's thread, dist-cli/heapscope-worker.cjs (scripts/build-cli.mjs), started by bin.ts:
// runs the interpreter's bundle built beside it (programBin.ts) with V8's code cache. Both are
// CommonJS: a worker started from a script starts sooner than one started from an ES module.
runWithCodeCache(join(__dirname, 'heapscope-program.cjs'));
