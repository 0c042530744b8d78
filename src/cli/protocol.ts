/** What the command line's two threads say to each other (commandLine.ts and worker.ts). */
import type { ProfileName } from '../engine';

export interface WorkerRequest {
  readonly source: string;
  readonly file: string;
  readonly profile: ProfileName;
  readonly timeMs: number;
  /** null: the default for this thread's heap. */
  readonly memoryBytes: number | null;
  /** Set to 1 by the main thread on Ctrl-C. */
  readonly interrupt: SharedArrayBuffer;
}

export interface WorkerReply {
  readonly status: number;
}

/** JavaScript stack of the program's thread. */
export const WORKER_STACK_MB = 64;
