/**
 * Part of `npm run bench`: how long the Script pane waits for a step of a long script. A script
 * of 40,002 steps runs with its steps recorded, then steps are viewed by jumping to them (the
 * host replays the script from the checkpoint taken before it, up to the step, and snapshots).
 */
import { SessionHost } from '../src/worker/host';
import { PAGE_LIMITS } from '../src/worker/limits';

const SCRIPT = 'objs = []\nfor i in range(20000):\n    objs.append([i])\n';
const JUMPS = [9_000, 39_000, 100];

/** The lines `npm run bench` prints about stepping. */
export function stepBenchLines(): string[] {
  const host = new SessionHost(PAGE_LIMITS);
  host.start({ setup: [], history: [], position: 0 });
  let started = performance.now();
  const run = host.run(SCRIPT, 'script');
  const runMs = performance.now() - started;
  const lines = [
    `script stepping: ${run.steps!.length} steps recorded while running in ${runMs.toFixed(0)} ms`,
  ];
  for (const step of JUMPS) {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      started = performance.now();
      host.stepView(0, step);
      best = Math.min(best, performance.now() - started);
    }
    lines.push(`  jump to step ${step.toLocaleString('en')}: ${best.toFixed(0)} ms (best of 3)`);
  }
  return lines;
}
