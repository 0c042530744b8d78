/** Types for scripts/growth-demo.mjs (e2e/growth-demo.spec.ts imports it). */
import type { Page } from '@playwright/test';

export const GROWTH_DEMO: string;

export interface Python3Run {
  stdout: string;
  stderr: string;
  status: number | null;
  /** `sys.version`'s first word, e.g. 3.11.7. */
  version: string;
  /** Wall time of the process, start-up included. */
  ms: number;
}
export function runPython3(program: string): Python3Run;

/** Bytes; `worker*` null when no worker is attached, the renderer's null where unreadable. */
export interface TabSample {
  /** Used JS heap of the page, and what V8 has committed for it. */
  page: number;
  pageCommitted: number;
  /** The same for the worker(s). */
  worker: number | null;
  workerCommitted: number | null;
  /** The renderer process's RssAnon + VmSwap. */
  footprint: number | null;
  /** The renderer process's VmHWM: its highest resident set so far. */
  residentPeak: number | null;
}

export interface TabPeak {
  page: number;
  worker: number;
  /** The highest page + worker of one sample. */
  both: number;
  footprint: number | null;
  samples: number;
}

export interface TabWatch {
  sample(): Promise<TabSample>;
  afterGc(): Promise<TabSample>;
  sampleUntilStopped(everyMs?: number): () => Promise<TabPeak>;
  detach(): Promise<void>;
}
export function watchTab(page: Page): Promise<TabWatch>;

export interface ScriptTiming {
  /** ms from the click event to the first frame after the output is in the document. */
  inPage: number;
  /** ms from before Playwright's click until it sees the output. */
  seen: number;
  /** The last progress line the run status showed ('' if none). */
  status: string;
  /** Whether the Stop button showed during the run. */
  stop: boolean;
}
export function timeRunScript(page: Page, timeoutMs: number): Promise<ScriptTiming>;

export function enterScript(page: Page, program: string): Promise<void>;

export function mb(bytes: number): string;
