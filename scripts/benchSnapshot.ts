/**
 * Part of `npm run bench`: what one snapshot of a big heap costs. The page snapshots after every
 * statement; with 10^6 live objects it must stay a pass over the heap plus a view of the objects
 * drawn (SNAPSHOT_OBJECT_LIMIT), not a view per object (which took about 1.9 s).
 */
import { Session } from '../src/python/session';

/** The lines `npm run bench` prints about snapshots. */
export function snapshotBenchLines(): string[] {
  const session = new Session();
  session.run('x = list(range(1000000))');
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    session.snapshot();
    best = Math.min(best, performance.now() - started);
  }
  return [`snapshot of a heap of 10^6 objects: ${best.toFixed(0)} ms (best of 3)`];
}
