/**
 * `heapscope run FILE.py [--profile 2.7|3.11|3.12] [--timeout SECONDS] [--max-memory SIZE]`: runs
 * a script on the simulated heap and prints what `python3 FILE.py` prints, as it prints it; see
 * program.ts for the exit status. The program runs in a worker thread (worker.ts); this thread
 * reads the arguments and the file, forwards Ctrl-C and reports a thread that died. It loads
 * nothing of the interpreter: that is the worker's bundle (see scripts/build-cli.mjs).
 */
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { parseArgs } from './options';
import { StreamedOutput } from './output';
import { WORKER_STACK_MB, type WorkerReply, type WorkerRequest } from './protocol';
import { EXIT_INTERRUPTED, internalError } from './status';
import { decodeSourceFile } from '../python/sourceFile';

/** The command line: returns the exit status. `workerScript` is the bundle to run the program. */
export async function main(argv: string[], workerScript: URL): Promise<number> {
  const err = new StreamedOutput();
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    err.write('stderr', parsed.error);
    return 2;
  }
  const { file, profile, timeMs, memoryBytes } = parsed.options;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    err.write(
      'stderr',
      `heapscope: can't open file '${file}': [Errno 2] No such file or directory\n`,
    );
    return 2;
  }
  // Read as python3 reads a file: a BOM, a coding declaration, NUL and bad bytes are its errors.
  const decoded = decodeSourceFile(bytes, file);
  if (!decoded.ok) {
    err.write('stderr', decoded.report);
    return 1;
  }
  const request: WorkerRequest = {
    source: decoded.text,
    file,
    profile,
    timeMs,
    memoryBytes,
    interrupt: new SharedArrayBuffer(4),
  };
  return runInWorker(request, workerScript, err);
}

function runInWorker(request: WorkerRequest, script: URL, err: StreamedOutput): Promise<number> {
  const heapMb = Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20);
  const worker = new Worker(script, {
    workerData: request,
    resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: heapMb },
    stdout: false,
    stderr: false,
  });
  const interrupt = new Int32Array(request.interrupt);
  let interrupted = false;
  // Ctrl-C raises KeyboardInterrupt in the program; a second one ends it at once.
  const onSigint = () => {
    if (Atomics.load(interrupt, 0) === 0) {
      Atomics.store(interrupt, 0, 1);
      return;
    }
    interrupted = true;
    void worker.terminate();
  };
  process.on('SIGINT', onSigint);
  return new Promise((resolve) => {
    let status: number | null = null;
    worker.on('message', (reply: WorkerReply) => {
      status = reply.status;
    });
    worker.on('error', (e) => {
      err.write('stderr', internalError(e));
      status = 1;
    });
    worker.on('exit', () => {
      process.off('SIGINT', onSigint);
      if (interrupted && status === null) {
        err.write('stderr', 'KeyboardInterrupt\n');
        status = EXIT_INTERRUPTED;
      }
      resolve(status ?? 1);
    });
  });
}
