/**
 * Past the session's event limit a statement's events are counted instead of recorded, and its
 * collections' starts and results still recorded: what the view sums up ("Not drawn: ...", "and
 * 40 more collections") covers the whole statement, as if every event had been kept.
 */
import { describe, expect, it } from 'vitest';
import type { HeapEvent, OmittedCounts } from '../engine';
import { Session } from './session';

const LONG = `class Child:
    def __init__(self, parent):
        self.parent = parent

class Parent:
    def __init__(self):
        self.children = [Child(self)]

for i in range(20000):
    p = Parent()
pairs = [(i, [i]) for i in range(5000)]
del p, pairs
`;

type Totals = { -readonly [K in Exclude<keyof OmittedCounts, 'other'>]: number } & {
  collections: number;
  collected: number;
};

/** References, objects made and freed, and collections, whether recorded or counted. */
function totals(events: readonly HeapEvent[]): Totals {
  const t: Totals = {
    increfs: 0,
    decrefs: 0,
    moves: 0,
    allocs: 0,
    deallocs: 0,
    collections: 0,
    collected: 0,
  };
  for (const e of events) {
    if (e.kind === 'incref') t.increfs++;
    else if (e.kind === 'decref') t.decrefs++;
    else if (e.kind === 'move') t.moves++;
    else if (e.kind === 'alloc') t.allocs++;
    else if (e.kind === 'dealloc') t.deallocs++;
    else if (e.kind === 'refMany') t[`${e.op}s` as 'increfs' | 'decrefs' | 'moves'] += e.count;
    else if (e.kind === 'gcDone') {
      t.collections++;
      t.collected += e.collected;
    } else if (e.kind === 'omitted') {
      for (const k of ['increfs', 'decrefs', 'moves', 'allocs', 'deallocs'] as const) t[k] += e[k];
    }
  }
  return t;
}

function run(limited: boolean) {
  const s = new Session();
  s.snapshot();
  if (!limited) s.heap.eventLimit = Infinity;
  const r = s.run(LONG, 'exec');
  expect(r.ok).toBe(true);
  return r;
}

describe('a statement past the event limit', () => {
  it('counts what it no longer records, and still records every collection’s outcome', () => {
    const limited = run(true);
    const full = run(false);
    expect(limited.eventsTruncated).toBe(true);
    expect(full.eventsTruncated).toBeFalsy();
    expect(limited.log.length).toBeLessThan(full.log.length / 5);
    const counted = totals(limited.events);
    expect(counted).toEqual(totals(full.events));
    expect(counted.collections).toBeGreaterThan(40);
    expect(counted.allocs).toBeGreaterThan(60000);
  });
});
