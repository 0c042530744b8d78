import { main } from './commandLine';

// The command line's bundle, dist-cli/heapscope.mjs (scripts/build-cli.mjs): it reads the
// arguments and the file, and runs the program in a worker thread started from the bundle built
// beside it (workerBin.ts). This thread loads nothing of the interpreter.
const worker = new URL('./heapscope-worker.cjs', import.meta.url);
process.exitCode = await main(process.argv.slice(2), worker);
