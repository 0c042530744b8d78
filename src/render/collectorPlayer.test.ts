import { describe, expect, it } from 'vitest';
import type { CollectorOverlay } from './collectorOverlay';
import { CollectorPlayer, type CollectorState } from './collectorPlayer';
import type { CollectorStep } from './collectorSteps';

const overlay = { apply() {}, refresh() {}, clear() {} } as unknown as CollectorOverlay;
const steps = (['start', 'gather', 'delete', 'done'] as const).map(
  (phase) =>
    ({ phase, commit: phase === 'delete', changed: [], highlight: [] }) as unknown as CollectorStep,
);

function player() {
  const reports: CollectorState[] = [];
  const shown: string[] = [];
  const p = new CollectorPlayer(
    overlay,
    (s) => reports.push(s),
    (s) => shown.push(s.phase),
  );
  return { p, reports, shown, last: () => reports.at(-1)! };
}

describe('CollectorPlayer', () => {
  it('reports the run it walks through, and whether the heap after it is drawn yet', () => {
    const { p, last, shown } = player();
    let commits = 0;
    p.start(steps, () => commits++, { autoplay: false, reducedMotion: true, run: 12 });
    expect(last()).toMatchObject({ active: true, index: 0, run: 12, committed: false });
    p.step();
    expect(last()).toMatchObject({ index: 1, committed: false });
    p.step();
    expect(last()).toMatchObject({ index: 2, committed: true, done: false });
    expect(commits).toBe(1);
    // Each step drawn is told, so the canvas can bring it into view; the end shows no step.
    p.skipToEnd();
    expect(last()).toMatchObject({ index: 3, done: true, run: 12 });
    expect(shown).toEqual(['start', 'gather', 'delete']);
  });

  it('skipping to the end draws the heap after the run and says so', () => {
    const { p, last } = player();
    let commits = 0;
    p.start(steps, () => commits++, { autoplay: false, reducedMotion: true, run: 3 });
    p.skipToEnd();
    expect(commits).toBe(1);
    expect(last()).toMatchObject({ done: true, committed: true, run: 3 });
  });

  it('a walkthrough asked for but declined is reported for its run, inactive', () => {
    const { p, last } = player();
    p.decline(5);
    expect(last()).toMatchObject({ active: false, done: true, run: 5 });
  });
});
