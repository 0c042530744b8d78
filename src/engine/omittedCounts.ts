/**
 * Counts of events left out of a log, as an `omitted` event carries them. Three places keep them
 * as events go by: a bulk operation (bulkEvents.ts) for the objects it does not list, the heap for
 * a statement past its event limit (heap.ts), and the condensing for what the view does not draw
 * (condense.ts).
 */
import type { HeapEvent, OmittedCounts, RefOp } from './events';

export type OmittedTally = { -readonly [K in keyof OmittedCounts]: number };

export function noneOmitted(): OmittedTally {
  return { increfs: 0, decrefs: 0, moves: 0, allocs: 0, deallocs: 0, other: 0 };
}

export function anyOmitted(c: OmittedCounts): boolean {
  return c.increfs + c.decrefs + c.moves + c.allocs + c.deallocs + c.other > 0;
}

/**
 * The count an event of this kind (or a reference change of this op) goes to when it is about one
 * object: a reference taken, released or handed over, an allocation, a deallocation; else null.
 */
export function countOf(kind: HeapEvent['kind'] | RefOp): keyof OmittedCounts | null {
  switch (kind) {
    case 'incref':
      return 'increfs';
    case 'decref':
      return 'decrefs';
    case 'move':
      return 'moves';
    case 'alloc':
      return 'allocs';
    case 'dealloc':
      return 'deallocs';
    default:
      return null;
  }
}

/** Adds what `e` stands for: one change, a `refMany`'s count, an `omitted` event's counts. */
export function countEvent(c: OmittedTally, e: HeapEvent): void {
  const count = countOf(e.kind);
  if (count !== null) c[count]++;
  else if (e.kind === 'refMany') c[countOf(e.op)!] += e.count;
  else if (e.kind === 'omitted') addCounts(c, e);
  else c.other++;
}

export function addCounts(c: OmittedTally, e: OmittedCounts): void {
  c.increfs += e.increfs;
  c.decrefs += e.decrefs;
  c.moves += e.moves;
  c.allocs += e.allocs;
  c.deallocs += e.deallocs;
  c.other += e.other;
}
