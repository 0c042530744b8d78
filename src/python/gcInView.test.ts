/**
 * A collection reports its phases only for the objects the view draws (`heap.inView`), which the
 * collector notes once per collection: what it reports must be exactly what it reports with no
 * view, kept to the drawn objects, collection after collection as the drawn objects change.
 */
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS, type HeapEvent } from '../engine';
import { NO_LIMITS } from './budget';
import { Session } from './session';
import './withStandardLibrary';

const SETUP = `import gc
gc.disable()
class N:
    pass
keep = [N() for _ in range(30)]
for i in range(300):
    a = N(); b = N(); a.o = b; b.o = a
    if i % 7 == 0:
        keep.append(a)
del a, b`;

/**
 * Each statement runs after a snapshot of at most `drawn` objects: the second draws far fewer, so
 * objects the first collection saw drawn are collected again undrawn.
 */
const STATEMENTS = [
  { source: 'gc.collect(0)', drawn: 5000 },
  { source: 'keep[3].o = N(); keep[3].o.o = keep[3]\ndel keep[:10]\ngc.collect()', drawn: 40 },
  {
    source:
      'pairs = [N() for _ in range(5)]\nfor p in pairs:\n    p.me = p\ndel pairs\ngc.collect()',
    drawn: 5000,
  },
];

function gcEvents(withView: boolean): { events: HeapEvent[]; drawn: ReadonlySet<number> }[] {
  const session = new Session({ limits: NO_LIMITS });
  expect(session.run(SETUP, 'exec').ok).toBe(true);
  return STATEMENTS.map(({ source, drawn: objects }) => {
    session.snapshot({ ...SNAPSHOT_LIMITS, objects });
    const drawn = session.interpreter.heap.inView!;
    if (!withView) session.interpreter.heap.inView = null;
    const result = session.run(source, 'exec');
    expect(result.ok).toBe(true);
    return { events: result.events.filter((e) => e.kind.startsWith('gc')), drawn };
  });
}

function keptTo(e: HeapEvent, drawn: ReadonlySet<number>): HeapEvent | null {
  if (e.kind === 'gcPhase') return { ...e, objects: e.objects.filter((o) => drawn.has(o.id)) };
  if (e.kind === 'gcSubtract') return drawn.has(e.to) ? e : null;
  return e;
}

describe('a collection reported for the objects drawn', () => {
  it('reports, phase by phase, what it reports with no view, kept to the drawn objects', () => {
    const viewed = gcEvents(true);
    const unviewed = gcEvents(false);
    for (let i = 0; i < STATEMENTS.length; i++) {
      const { drawn } = viewed[i]!;
      const expected = unviewed[i]!.events.map((e) => keptTo(e, drawn)).filter((e) => e !== null);
      expect(viewed[i]!.events).toEqual(expected);
      // Not vacuous: some phases list drawn objects, and the view left others out.
      const phases = viewed[i]!.events.filter((e) => e.kind === 'gcPhase');
      expect(phases.some((e) => e.objects.length > 0)).toBe(true);
    }
    const listed = (events: HeapEvent[]) =>
      events.reduce((n, e) => n + (e.kind === 'gcPhase' ? e.objects.length : 0), 0);
    expect(listed(unviewed[1]!.events)).toBeGreaterThan(listed(viewed[1]!.events));
  });
});
