import { isMainThread } from 'node:worker_threads';
import { main } from './main';
import { runWorker } from './worker';

// This bundle is both the command line and the thread that runs the program.
if (isMainThread) process.exitCode = await main(process.argv.slice(2), new URL(import.meta.url));
else runWorker();
