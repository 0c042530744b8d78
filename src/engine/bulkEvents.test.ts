import { describe, expect, it } from 'vitest';
import { Session } from '../python/session';
import { BULK_DETAIL } from './bulkEvents';
import type { HeapEvent } from './events';
import { eventTotals } from './eventTotals.testing';

function session(...lines: string[]): Session {
  const s = new Session();
  for (const line of lines) expect(s.run(line).error).toBeNull();
  return s;
}

function run(s: Session, line: string): HeapEvent[] {
  const r = s.run(line);
  expect(r.error).toBeNull();
  return [...r.events];
}

/**
 * The same run with events recorded one per reference: the heap's bulk scopes switched off, and
 * every event kept (one per reference passes the session's event limit).
 */
function unbulked(setup: string[], line: string): HeapEvent[] {
  const s = session(...setup);
  s.heap.eventLimit = Infinity;
  const heap = s.heap as unknown as { bulk: (size: number, fn: () => unknown) => unknown };
  heap.bulk = (_size, fn) => fn();
  return run(s, line);
}

describe('bulk operations', () => {
  it('record x = [0] * 100000 as one change per object: +100,000 on the stack, moved to x[0…99999]', () => {
    const s = session();
    const events = run(s, 'x = [0] * 100000');
    expect(events.length).toBeLessThan(30);
    const zero = events.filter((e) => e.kind === 'refMany');
    expect(zero.map((e) => e.kind === 'refMany' && [e.op, e.count, e.site?.slot])).toEqual([
      ['incref', 100000, 'stack'],
      ['move', 100000, '[0…99999]'],
    ]);
    expect(eventTotals(events)).toEqual(eventTotals(unbulked([], 'x = [0] * 100000')));
  });

  it('count what they do to objects past the first few, and the counts add up', () => {
    const line = 'x = list(range(1000, 3000))';
    const events = run(session(), line);
    expect(events.length).toBeLessThan(4 * BULK_DETAIL + 40);
    const omitted = events.find((e) => e.kind === 'omitted');
    const listed = events.filter((e) => e.kind === 'alloc' && e.type === 'int').length;
    expect(listed).toBeLessThanOrEqual(BULK_DETAIL);
    expect(omitted?.kind === 'omitted' && omitted.allocs + listed).toBe(2000);
    expect(eventTotals(events)).toEqual(eventTotals(unbulked([], line)));
  });

  it('record the objects in view in full: freeing a list shows each drawn item freed', () => {
    const s = session('x = list(range(1000, 1100))');
    const snap = s.snapshot();
    const items = snap.objects.filter((o) => o.type === 'int' && !o.interned).map((o) => o.id);
    expect(items).toHaveLength(100);
    const events = run(s, 'del x');
    const freed = new Set(events.flatMap((e) => (e.kind === 'dealloc' ? [e.id] : [])));
    for (const id of items) expect(freed.has(id)).toBe(true);
    expect(events.some((e) => e.kind === 'omitted')).toBe(false);
  });

  it('without a view, keep the first BULK_DETAIL objects and count the rest', () => {
    const s = session('x = list(range(1000, 1100))');
    const events = run(s, 'del x');
    const freed = events.filter((e) => e.kind === 'dealloc' && e.type === 'int');
    expect(freed).toHaveLength(BULK_DETAIL);
    expect(events.find((e) => e.kind === 'omitted')).toMatchObject({
      deallocs: 100 - BULK_DETAIL,
      decrefs: 100 - BULK_DETAIL,
    });
  });

  it('leave small operations as they were, one event per reference', () => {
    const line = 'x = [1, 2] * 3';
    expect(run(session(), line)).toEqual(unbulked([], line));
  });

  it('merge list.extend, +=, slicing, set(), clear and del of a slice the same way', () => {
    const setup = ['x = [None] * 50', 'y = []', 'd = {}', 'for i in range(50): d[i] = None'];
    const lines = ['y.extend(x)', 'y += x', 'z = x[1:]', 's = set(x)', 'x.clear()', 'd.clear()'];
    for (const line of [...lines, 'del x[1:]']) {
      const events = run(session(...setup), line);
      expect(events.some((e) => e.kind === 'refMany')).toBe(true);
      expect(eventTotals(events)).toEqual(eventTotals(unbulked(setup, line)));
    }
  });
});

describe('collector phases', () => {
  it('list only the objects in view once the heap knows them', () => {
    const s = session('import gc', 'a = []', 'a.append(a)', 'junk = []');
    run(s, 'for i in range(10): junk.append([])');
    const snap = s.snapshot({ objects: 5, refs: 2 });
    expect(snap.omitted).toBeGreaterThan(0);
    const events = run(s, 'gc.collect()');
    const shown = new Set(snap.objects.map((o) => o.id));
    const phases = events.filter((e) => e.kind === 'gcPhase');
    expect(phases.some((p) => p.kind === 'gcPhase' && p.objects.length > 0)).toBe(true);
    for (const p of phases) {
      if (p.kind === 'gcPhase') for (const o of p.objects) expect(shown.has(o.id)).toBe(true);
    }
    for (const e of events) if (e.kind === 'gcSubtract') expect(shown.has(e.to)).toBe(true);
  });
});
