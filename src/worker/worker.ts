/**
 * The interpreter's thread: a Web Worker holding the page's session host. The page sends
 * requests (`protocol.ts`) and gets replies; while a statement runs, progress goes out about every
 * 100 ms. Stop is a shared flag the running statement polls (when the page is cross-origin
 * isolated); otherwise the page ends this worker and starts a new one.
 */
import { answer, SessionHost } from './host';
import { PAGE_LIMITS } from './limits';
import type { FromWorker, ToWorker } from './protocol';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let interrupt: Int32Array | null = null;
const host = new SessionHost({
  ...PAGE_LIMITS,
  onProgress: (progress) => scope.postMessage({ kind: 'progress', progress }),
  interruptRequested: () => interrupt !== null && Atomics.load(interrupt, 0) !== 0,
});

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'init') {
    interrupt = message.interrupt ? new Int32Array(message.interrupt) : null;
    return;
  }
  try {
    scope.postMessage({ kind: 'reply', id: message.id, result: answer(host, message.request) });
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    scope.postMessage({ kind: 'failed', id: message.id, message: text });
  }
};
