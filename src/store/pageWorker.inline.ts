/**
 * The single file's interpreter thread (scripts/single-file.ts puts this module in place of
 * `pageWorker.ts`): the worker's code travels inside the page and starts from a blob: URL as a
 * classic worker, since a page opened from file:// can start neither a worker from a file nor a
 * module worker from a blob. Where even this fails, the store runs Python in the page.
 */
import InlineWorker from '../worker/worker.ts?worker&inline';

export function startPageWorker(): Worker {
  return new InlineWorker();
}
