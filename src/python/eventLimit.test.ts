/**
 * Past the session's event limit a statement's events are counted instead of recorded, and its
 * collections' starts and results still recorded: what the view sums up ("Not drawn: ...", "and
 * 40 more collections") covers the whole statement, as if every event had been kept.
 */
import { describe, expect, it } from 'vitest';
import { eventTotals } from '../engine/eventTotals.testing';
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
    const counted = eventTotals(limited.events);
    expect(counted).toEqual(eventTotals(full.events));
    expect(counted.collections).toBeGreaterThan(40);
    expect(counted.allocs).toBeGreaterThan(60000);
  });
});
