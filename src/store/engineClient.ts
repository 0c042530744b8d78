/**
 * The page's side of the interpreter: requests go to a session host and come back as promises.
 * In the browser the host lives in a Web Worker, so a long statement never freezes the page; in
 * tests (and wherever a worker cannot start) it runs in this thread (`inlineEngine.ts`).
 *
 * Stopping a statement: with a shared flag (the page is cross-origin isolated) the running
 * statement sees it at its next check and ends with KeyboardInterrupt, keeping what it did. Without
 * one the worker is ended and a new one started; the caller then rebuilds the session by replay,
 * stopping the statement where its last progress report said it was (`EngineLost`).
 */
import type { FromWorker, HostProgress, Request, ResultOf, ToWorker } from '../worker/protocol';
import { startPageWorker } from './pageWorker';

export interface EngineClient {
  request<R extends Request>(request: R): Promise<ResultOf<R>>;
  /**
   * Asks the running statement to stop. 'interrupting': it will end with KeyboardInterrupt and its
   * reply comes as usual. 'lost': the interpreter was ended; the pending request fails with
   * `EngineLost` and the session must be started again.
   */
  interrupt(): 'interrupting' | 'lost';
  /** Progress of the running request (about every 100 ms). */
  onProgress(listener: ((p: HostProgress) => void) | null): void;
  dispose(): void;
}

/** The interpreter went away in the middle of a request (ended by Stop, or it crashed). */
export class EngineLost extends Error {
  constructor(
    message: string,
    /** The last progress the request reported before, if any. */
    readonly lastProgress: HostProgress | null,
    /** True when the page ended it (Stop); false when it failed by itself. */
    readonly stopped: boolean,
  ) {
    super(message);
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** The host in a Web Worker. */
export class WorkerEngine implements EngineClient {
  /** Null once no worker can start here (`broken`). */
  private worker: Worker | null;
  private readonly flag: Int32Array | null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private listener: ((p: HostProgress) => void) | null = null;
  private lastProgress: HostProgress | null = null;
  /** A worker has answered once: a later failure is worth a new worker, an early one is not. */
  private answered = false;
  /** The worker could not start at all (no module workers, a blocked script): give up on it. */
  private broken = false;

  constructor(private readonly makeWorker: () => Worker) {
    this.flag =
      typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated === true
        ? new Int32Array(new SharedArrayBuffer(4))
        : null;
    this.worker = this.spawn();
  }

  private spawn(): Worker | null {
    let worker: Worker;
    try {
      worker = this.makeWorker();
    } catch {
      // Refused outright (a file:// page, a policy): requests fail, and the caller falls back.
      this.broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.lose(`the interpreter's thread failed: ${event.message || 'no reason given'}`, false);
    };
    const init: ToWorker = {
      kind: 'init',
      interrupt: (this.flag?.buffer as SharedArrayBuffer) ?? null,
    };
    worker.postMessage(init);
    return worker;
  }

  private receive(message: FromWorker): void {
    if (message.kind === 'progress') {
      this.lastProgress = message.progress;
      this.listener?.(message.progress);
      return;
    }
    this.answered = true;
    const p = this.pending.get(message.id);
    if (!p) return;
    this.pending.delete(message.id);
    if (message.kind === 'reply') p.resolve(message.result);
    else p.reject(new Error(message.message));
  }

  request<R extends Request>(request: R): Promise<ResultOf<R>> {
    const worker = this.worker;
    if (this.broken || !worker)
      return Promise.reject(
        new EngineLost("the interpreter's thread could not start", null, false),
      );
    if (this.flag) Atomics.store(this.flag, 0, 0);
    this.lastProgress = null;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      const message: ToWorker = { kind: 'request', id, request };
      worker.postMessage(message);
    });
  }

  interrupt(): 'interrupting' | 'lost' {
    if (this.flag) {
      Atomics.store(this.flag, 0, 1);
      return 'interrupting';
    }
    this.lose('stopped', true);
    return 'lost';
  }

  /**
   * Ends the worker, fails what was pending, and starts a new (empty) one, unless this worker
   * never answered at all: then workers cannot start here, and the caller falls back.
   */
  private lose(why: string, stopped: boolean): void {
    this.worker?.terminate();
    const error = new EngineLost(why, this.lastProgress, stopped);
    const pending = [...this.pending.values()];
    this.pending.clear();
    if (stopped || this.answered) this.worker = this.spawn();
    else {
      this.worker = null;
      this.broken = true;
    }
    for (const p of pending) p.reject(error);
  }

  onProgress(listener: ((p: HostProgress) => void) | null): void {
    this.listener = listener;
  }

  dispose(): void {
    this.worker?.terminate();
    this.pending.clear();
  }
}

/** The page's engine: the host in a Web Worker. */
export function pageEngine(): EngineClient {
  return new WorkerEngine(startPageWorker);
}
