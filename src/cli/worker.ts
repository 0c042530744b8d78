/**
 * The thread that runs the program. A worker thread gets a JavaScript stack as big as deep
 * Python recursion needs (a 64 MB stack holds tens of thousands of Python frames, so
 * sys.setrecursionlimit works as in CPython), and if the JavaScript heap still overflows, only
 * this thread dies: the main thread reports it plainly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultMemoryLimit } from './memory';
import { StreamedOutput } from './output';
import { runProgram } from './program';
import type { WorkerReply, WorkerRequest } from './protocol';
import { internalError } from './status';

export function runWorker(): void {
  const request = workerData as WorkerRequest;
  const interrupt = new Int32Array(request.interrupt);
  const out = new StreamedOutput();
  let status: number;
  try {
    status = runProgram(request.source, request.file, {
      profile: request.profile,
      limits: {
        timeMs: request.timeMs,
        memoryBytes: request.memoryBytes ?? defaultMemoryLimit(),
      },
      write: (stream, text) => out.write(stream, text),
      onProgress: () => out.flush(),
      interruptRequested: () => Atomics.load(interrupt, 0) === 1,
    });
  } catch (e) {
    out.write('stderr', internalError(e));
    status = 1;
  }
  out.flush();
  parentPort!.postMessage({ status } satisfies WorkerReply);
}
