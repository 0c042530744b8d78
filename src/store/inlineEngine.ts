/**
 * The session host in this thread: for tests, Node, and pages where no worker can start (a long
 * statement then blocks the page until its time budget ends it).
 */
import { answer, SessionHost, type HostOptions } from '../worker/host';
import { PAGE_LIMITS } from '../worker/limits';
import type { HostProgress, Request, ResultOf } from '../worker/protocol';
import type { EngineClient } from './engineClient';
import '../python/withStandardLibrary';

/** The host in this thread: for tests, Node, and pages where no worker can start. */
export class InlineEngine implements EngineClient {
  private readonly host: SessionHost;
  private listener: ((p: HostProgress) => void) | null = null;

  constructor(options: Partial<HostOptions> = {}) {
    this.host = new SessionHost({
      ...PAGE_LIMITS,
      ...options,
      onProgress: (p) => {
        options.onProgress?.(p);
        this.listener?.(p);
      },
    });
  }

  request<R extends Request>(request: R): Promise<ResultOf<R>> {
    try {
      return Promise.resolve(answer(this.host, request) as ResultOf<R>);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  interrupt(): 'interrupting' {
    // The statement runs in this very thread: nothing can ask it to stop while it runs.
    return 'interrupting';
  }

  onProgress(listener: ((p: HostProgress) => void) | null): void {
    this.listener = listener;
  }

  dispose(): void {}
}
