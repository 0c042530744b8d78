/**
 * Part of `npm run bench`: what the page's reliability work costs a long script. The seed's growth
 * demo runs in a SessionHost wired as the worker wires it: progress reported about every 100 ms
 * (serialised here as postMessage would serialise it), Stop's shared flag read at every check
 * point. The check points are timed where they run (Budget.decide), and the reply the worker
 * sends the page is cloned as postMessage clones it: the worker boundary's cost on both sides.
 */
import { Budget } from '../src/python/budget';
import { SessionHost } from '../src/worker/host';
import { PAGE_LIMITS } from '../src/worker/limits';
import { GROWTH_DEMO, runPython3 } from './growth-demo.mjs';

const RUNS = 3;

interface Measured {
  runMs: number;
  checks: number;
  checkMs: number;
  reports: number;
  cloneMs: number;
}

/** Times every check point of the runs in this process. */
function timeCheckPoints(): { readonly counted: { checks: number; ms: number }; undo(): void } {
  const counted = { checks: 0, ms: 0 };
  const decide = Budget.prototype.decide;
  Budget.prototype.decide = function (this: Budget) {
    const t = performance.now();
    try {
      return decide.call(this);
    } finally {
      counted.ms += performance.now() - t;
      counted.checks++;
    }
  };
  return { counted, undo: () => (Budget.prototype.decide = decide) };
}

function measureOnce(expected: string): Measured {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  let reports = 0;
  const host = new SessionHost({
    ...PAGE_LIMITS,
    onProgress: (progress) => {
      structuredClone({ kind: 'progress', progress });
      reports++;
    },
    interruptRequested: () => Atomics.load(stop, 0) !== 0,
  });
  host.start({ setup: [], history: [], position: 0 });
  const timing = timeCheckPoints();
  try {
    const started = performance.now();
    const result = host.run(GROWTH_DEMO, 'script');
    const runMs = performance.now() - started;
    const printed = result.outcome.output.map((c) => c.text).join('');
    if (!result.outcome.ok || printed !== expected)
      throw new Error(`the growth demo failed in the host: ${result.outcome.error ?? printed}`);
    const cloned = performance.now();
    structuredClone({ kind: 'reply', id: 1, result });
    const cloneMs = performance.now() - cloned;
    const { checks, ms } = timing.counted;
    return { runMs, checks, checkMs: ms, reports, cloneMs };
  } finally {
    timing.undo();
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;

/** The lines `npm run bench` prints about progress, Stop and the worker boundary. */
export function reliabilityBenchLines(): string[] {
  // What python3 prints is what the run must print, or the figures are of a failed run.
  const expected = runPython3(GROWTH_DEMO).stdout;
  let best: Measured | null = null;
  for (let r = 0; r < RUNS; r++) {
    const m = measureOnce(expected);
    if (!best || m.runMs < best.runMs) best = m;
  }
  const m = best!;
  return [
    `growth demo in the worker's host (events and steps recorded): ${m.runMs.toFixed(0)} ms (best of ${RUNS})`,
    `  ${m.checks.toLocaleString('en')} check points with ${m.reports} progress reports and Stop read at each: ` +
      `${m.checkMs.toFixed(1)} ms (${percent(m.checkMs, m.runMs)} of the run)`,
    `  the reply cloned as postMessage clones it: ${m.cloneMs.toFixed(1)} ms (${percent(m.cloneMs, m.runMs)} of the run)`,
  ];
}
