/**
 * The page's budgets. A statement typed now may run for a minute (Stop ends it sooner) and hold
 * 256 MiB of simulated objects; restoring a saved session may take 3 s in all before the person
 * is asked what to do, so a reload never locks anyone out of their work.
 */
import type { HostOptions } from './host';

export const PAGE_LIMITS: Pick<HostOptions, 'live' | 'restoreMs'> = {
  live: { timeMs: 60_000, memoryBytes: 256 * 1024 * 1024 },
  restoreMs: 3_000,
};
