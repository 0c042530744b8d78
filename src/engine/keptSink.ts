/**
 * Where condensing's first pass (condense.ts) hands what it keeps, in the log's order: the second
 * pass (condenseRepeats.ts), which merges repeated changes as they come. A long run keeps millions
 * of rows (each change of a drawn class or function); handing them over one by one, by number,
 * keeps no list of them and makes no event for the rows that end in a merge.
 */
import type { HeapEvent } from './events';

export interface KeptSink {
  /**
   * Row `row` of the log: a reference change of the drawn object numbered `shown`
   * (RowAddresses.numbering's number), or a binding (`shown` is then any number).
   */
  row(row: number, shown: number): void;
  event(e: HeapEvent): void;
}
