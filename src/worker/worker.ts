/**
 * The interpreter's thread: a Web Worker holding the page's session host. The page sends
 * requests (`protocol.ts`) and gets replies; while a statement runs, progress goes out about every
 * 100 ms. Stop is a shared flag the running statement polls (when the page is cross-origin
 * isolated); otherwise the page ends this worker and starts a new one.
 *
 * The Python library (python/library.ts) is loaded with import() as soon as the worker starts, in
 * parallel with the first request: a fresh session's setup, which draws the first heap, does not
 * need it. Any request that runs a person's statements waits for it. Requests are answered in the
 * order they came.
 */
import type { Library } from '../python/library';
import { answer, SessionHost } from './host';
import { PAGE_LIMITS } from './limits';
import type { FromWorker, Request, ToWorker } from './protocol';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let interrupt: Int32Array | null = null;
let library: Library | null = null;
const host = new SessionHost({
  ...PAGE_LIMITS,
  onProgress: (progress) => scope.postMessage({ kind: 'progress', progress }),
  interruptRequested: () => interrupt !== null && Atomics.load(interrupt, 0) !== 0,
  library: () => library,
});
const libraryLoading = import('../python/standardLibrary').then((m) => {
  library = m.STANDARD_LIBRARY;
  host.libraryLoaded();
});

/** Only a fresh session (its setup, no saved statements) runs without the library. */
const needsLibrary = (request: Request) => request.type !== 'start' || request.start.position > 0;

let answered: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'init') {
    interrupt = message.interrupt ? new Int32Array(message.interrupt) : null;
    return;
  }
  answered = answered.then(async () => {
    try {
      if (!library && needsLibrary(message.request)) await libraryLoading;
      scope.postMessage({ kind: 'reply', id: message.id, result: answer(host, message.request) });
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      scope.postMessage({ kind: 'failed', id: message.id, message: text });
    }
  });
};
