/**
 * Starts the interpreter's thread: a module worker whose file sits beside the page's scripts (the
 * URL is relative, so the build works from any folder of any static host). The single-file build
 * replaces this module with `pageWorker.inline.ts` (see scripts/single-file.ts).
 */
export function startPageWorker(): Worker {
  return new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' });
}
