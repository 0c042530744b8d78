/**
 * What a run's events add up to, whether listed one by one, merged (`refMany`) or counted
 * (`omitted`): references taken, released and handed over, objects made and freed, collections
 * and what they collected. Two records of one run (a bulk operation's and one event per
 * reference; one past the event limit and one that kept everything) must agree on them. Other
 * events are left out: past the limit they are neither recorded nor counted.
 */
import type { HeapEvent } from './events';
import { countEvent, noneOmitted } from './omittedCounts';

export function eventTotals(events: readonly HeapEvent[]) {
  const c = noneOmitted();
  let collections = 0;
  let collected = 0;
  for (const e of events) {
    countEvent(c, e);
    if (e.kind === 'gcDone') {
      collections++;
      collected += e.collected;
    }
  }
  const { increfs, decrefs, moves, allocs, deallocs } = c;
  return { increfs, decrefs, moves, allocs, deallocs, collections, collected };
}
