/**
 * The views around the canvas never run ahead of the walkthrough: a real run (here, since
 * render/ may not start a session itself) stepped through as the canvas would report it.
 */
import { describe, expect, it } from 'vitest';
import { IDLE, type CollectorState } from '../render/collectorPlayer';
import { collectorSteps, type CollectorStep } from '../render/collectorSteps';
import { Session } from '../python/session';
import { PRELUDE } from '../store/prelude';
import type { RunRecord } from '../store/sessionStore';
import type { TranscriptEntry } from '../store/transcript';
import {
  asksForWalkthrough,
  outputShown,
  walkthroughHint,
  walkthroughShown,
  walkthroughStatus,
} from './walkthroughShown';

const SEQ = 41;

/** Runs `lines`, then `last` as the session would record it, with the steps the canvas makes. */
function record(lines: readonly string[], last: string, kind: RunRecord['kind'] = 'run') {
  const s = new Session();
  for (const line of PRELUDE) s.run(line);
  for (const line of lines) {
    const r = s.run(line);
    if (!r.ok) throw new Error(`${line}: ${r.error}`);
  }
  const before = s.snapshot();
  const outcome = s.run(last);
  const entry: TranscriptEntry = {
    id: 7,
    source: last,
    output: outcome.output,
    ok: outcome.ok,
    error: outcome.error,
  };
  const run: RunRecord = { seq: SEQ, kind, entryId: 7, events: outcome.events, before };
  const drawn = new Set(before.objects.map((o) => o.id));
  const steps = collectorSteps({ events: outcome.events, before, drawn, source: last });
  return { entry, run, steps, transcript: [entry] };
}

/** The state the canvas reports with step `index` of `steps` on screen. */
function at(steps: readonly CollectorStep[], index: number, run = SEQ): CollectorState {
  const committedAt = steps.findIndex((x) => x.commit);
  return {
    ...IDLE,
    active: true,
    index,
    total: steps.length,
    step: steps[index]!,
    done: index >= steps.length - 1,
    run,
    committed: committedAt >= 0 && index >= committedAt,
  };
}

const text = (chunks: readonly { text: string }[]) => chunks.map((c) => c.text).join('');

const FINALIZED_CYCLE = [
  'import gc',
  "f = Finalized('f')",
  'f.me = f',
  'class Bad:\n    def __del__(self):\n        1/0\n',
  'b = Bad()',
  'b.me = b',
  'del f, b',
];

describe('outputShown', () => {
  const output = [
    { stream: 'stdout' as const, text: 'ab\n' },
    { stream: 'stderr' as const, text: 'Err\n' },
    { stream: 'stdout' as const, text: '2\n' },
  ];
  it('keeps the first characters, each chunk on its own stream', () => {
    expect(outputShown(output, 0)).toEqual([]);
    expect(outputShown(output, 3)).toEqual([output[0]]);
    expect(outputShown(output, 5)).toEqual([output[0], { stream: 'stderr', text: 'Er' }]);
    expect(outputShown(output, 9)).toEqual(output);
    expect(outputShown(output, 100)).toEqual(output);
  });
});

describe('walkthroughShown', () => {
  it('holds back what __del__ printed, and the value returned, until the steps that show them', () => {
    const { run, steps, transcript, entry } = record(
      FINALIZED_CYCLE,
      "print('before'); gc.collect()",
    );
    // What python3 prints for it, in the order it prints it.
    const all = text(entry.output);
    expect(all).toMatch(/^before\n__del__ called for f\nException ignored in: .*\n[^]*2\n$/);

    const finalizers = steps.flatMap((x, i) => (x.phase === 'finalize' ? [i] : []));
    expect(finalizers).toHaveLength(2);
    const seen: string[] = [];
    for (let i = 0; i < steps.length; i++) {
      const shown = walkthroughShown(run, transcript, at(steps, i));
      if (i === steps.length - 1) {
        // The last step: nothing is held back any more.
        expect(shown).toBeNull();
        continue;
      }
      expect(shown).toMatchObject({ entryId: 7, step: i + 1, total: steps.length });
      const printed = text(outputShown(entry.output, shown!.printed));
      seen.push(printed);
      // What was printed before the collection shows from the first step.
      expect(printed.startsWith('before\n')).toBe(true);
      // Never the returned value before the end.
      expect(printed.endsWith('2\n')).toBe(false);
      expect(printed.includes('__del__ called for f')).toBe(i >= finalizers[0]!);
      expect(printed.includes('ZeroDivisionError')).toBe(i >= finalizers[1]!);
    }
    // Output only ever grows, one step at a time.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.startsWith(seen[i - 1]!)).toBe(true);
    expect(walkthroughHint(walkthroughShown(run, transcript, at(steps, 2))!)).toBe(
      `walking through the collection… (step 3 of ${steps.length})`,
    );
  });

  it('follows the heap the canvas draws: the heap after the run from the deletion on', () => {
    const { run, steps, transcript } = record(FINALIZED_CYCLE, 'gc.collect()');
    const deletion = steps.findIndex((x) => x.phase === 'delete');
    expect(walkthroughShown(run, transcript, at(steps, deletion - 1))!.committed).toBe(false);
    expect(walkthroughShown(run, transcript, at(steps, deletion))!.committed).toBe(true);
  });

  it('holds everything back while the canvas has not reported on the run yet', () => {
    const { run, steps, transcript } = record(FINALIZED_CYCLE, 'gc.collect()');
    // The state still reports an older walkthrough (or none).
    for (const walk of [IDLE, at(steps, 3, SEQ - 1), { ...IDLE, run: SEQ - 1 }]) {
      expect(walkthroughShown(run, transcript, walk)).toEqual({
        entryId: 7,
        source: 'gc.collect()',
        step: 0,
        total: 0,
        printed: 0,
        committed: false,
      });
    }
    expect(walkthroughHint(walkthroughShown(run, transcript, IDLE)!)).toBe(
      'walking through the collection…',
    );
  });

  it('shows everything once the walkthrough is over: skipped, declined or aborted', () => {
    const { run, steps, transcript } = record(FINALIZED_CYCLE, 'gc.collect()');
    expect(walkthroughShown(run, transcript, at(steps, steps.length - 1))).toBeNull();
    expect(walkthroughShown(run, transcript, { ...IDLE, run: SEQ })).toBeNull();
  });

  it('holds back a redone collection too, and nothing that is not a walked-through collection', () => {
    const redo = record(FINALIZED_CYCLE, 'gc.collect()', 'redo');
    expect(walkthroughShown(redo.run, redo.transcript, IDLE)).not.toBeNull();
    // An undo (or a jump) rebuilds the heap: no walkthrough.
    const undo = record(FINALIZED_CYCLE, 'gc.collect()', 'undo');
    expect(walkthroughShown(undo.run, undo.transcript, IDLE)).toBeNull();
    // A statement that is not a gc.collect() call, even one whose loop collected on its own.
    const plain = record(['import gc'], 'x = [[] for _ in range(1000)]');
    expect(walkthroughShown(plain.run, plain.transcript, IDLE)).toBeNull();
    // gc.collect() with nothing in the events to walk through (gc.collect named, not called).
    const named = record(['import gc'], 'c = gc.collect');
    expect(asksForWalkthrough(named.run, named.entry)).toBe(false);
    expect(walkthroughShown(null, [], IDLE)).toBeNull();
  });

  it('holds back a collection called inside a function: the events say it collected', () => {
    const { run, steps, transcript, entry } = record(
      [...FINALIZED_CYCLE, 'def clean():\n    return gc.collect()\n'],
      'clean()',
    );
    expect(asksForWalkthrough(run, entry)).toBe(true);
    const finalize = steps.findIndex((x) => x.phase === 'finalize');
    const before = walkthroughShown(run, transcript, at(steps, finalize - 1))!;
    expect(text(outputShown(entry.output, before.printed))).toBe('');
    expect(walkthroughShown(run, transcript, at(steps, steps.length - 1))).toBeNull();
  });

  it('holds nothing back for an automatic collection, even walked through on demand', () => {
    const loop = record(
      ['import gc', 'gc.collect()', "f = Finalized('f')", 'f.me = f', 'del f'],
      'for i in range(800):\n    l = []\n    l.append(l)\n',
    );
    // The loop's automatic collection ran __del__: its output shows at once.
    expect(text(loop.entry.output)).toBe('__del__ called for f\n');
    expect(asksForWalkthrough(loop.run, loop.entry)).toBe(false);
    expect(walkthroughShown(loop.run, loop.transcript, IDLE)).toBeNull();
    const onDemand = collectorSteps({
      events: loop.run.events,
      before: loop.run.before,
      drawn: new Set(loop.run.before.objects.map((o) => o.id)),
      collections: 'automatic',
    });
    expect(onDemand.length).toBeGreaterThan(2);
    const walk = { ...at(onDemand, 1), onDemand: true };
    expect(walkthroughShown(loop.run, loop.transcript, walk)).toBeNull();
  });

  it('the status line says a walkthrough goes on, the same words at every step', () => {
    const { run, steps, transcript } = record(FINALIZED_CYCLE, 'gc.collect(2)');
    const said = new Set(
      steps
        .slice(0, -1)
        .map((_, i) => walkthroughStatus(walkthroughShown(run, transcript, at(steps, i))!)),
    );
    expect([...said]).toEqual([
      'Walking through gc.collect(2) one step at a time: what it collected is said after the last step.',
    ]);
  });
});
