/**
 * What condensing's first pass keeps (condense.ts), in the log's order: rows of the log by number,
 * and events. A long run keeps millions of rows (each change of a drawn class or function), so
 * they go in an Int32Array rather than an array of numbers and objects. Item `i` is a row number
 * when it is ≥ 0, else the event `events[~item]`.
 */
import type { HeapEvent } from './events';
import { Int32List } from './grownArray';

export class KeptList extends Int32List {
  readonly events: HeapEvent[] = [];

  /** Keeps row `row` of the log. */
  row(row: number): void {
    this.push(row);
  }

  event(e: HeapEvent): void {
    this.push(~(this.events.push(e) - 1));
  }
}
