/**
 * The event log's row format (eventLog.ts writes rows, eventRows.ts reads them): a row's kind,
 * and how a reference's slot is labelled. A module of its own: when the reader, which loads with
 * the library, took these from eventLog.ts, the build moved the reader and the condensing into the
 * worker's first chunk.
 */
import type { HeapEvent } from './events';

/**
 * Rows' kinds: the frequent ones, and OTHER for an event kept as its object. INCREF, DECREF and
 * MOVE are consecutive (condenseRepeats.ts numbers an object's changes by kind − INCREF).
 */
export const OTHER = 0;
export const INCREF = 1;
export const DECREF = 2;
export const MOVE = 3;
export const ALLOC = 4;
export const DEALLOC = 5;
export const BIND = 6;
export const UNBIND = 7;
/** The collector clearing a cycle's object (tp_clear): 10^5 of them in one collection. */
export const GC_CLEAR = 8;
/** The events' kinds of the rows' kinds, by number (an OTHER row's event says its own). */
export const ROW_KIND_NAMES: readonly (HeapEvent['kind'] | null)[] = [
  null,
  'incref',
  'decref',
  'move',
  'alloc',
  'dealloc',
  'bind',
  'unbind',
  'gcClear',
];

/**
 * How a reference's slot is labelled (heap.ts's slotLabel), and what the slot column holds:
 * the value stack; a frame's name or index; a list's or tuple's index `[3]`; an object's
 * attribute `.x`; each with a slot that is a numbered name, a number, or none (heap.ts's
 * slotLabel of a slot that is a string or a number, or none).
 */
export const ON_STACK = 0;
export const BY_NAME = 1;
export const BY_INDEX = 2;
export const BY_ATTRIBUTE = 3;
/** Added to the above: what the slot column holds. */
export const SLOT_NAME = 0;
export const SLOT_NUMBER = 4;
export const SLOT_NONE = 8;
/**
 * An allocation's repr (in the label's place): its text is kept, or made when the row is read
 * from what the row keeps, for the objects most made: an int32 int (its value), a str (its value),
 * an object shown by its type alone (`<Node object>`, from the type's name).
 */
export const REPR_TEXT = 0;
export const REPR_INT = 1;
export const REPR_STR = 2;
export const REPR_BY_TYPE = 3;

/** The masks of a label's two parts. */
export const LABEL_STYLE = 3;
export const SLOT_COLUMN = 12;

/**
 * Where a row lies: rows are five int32s, in chunks of CHUNK_ROWS, so that a log of millions grows
 * by adding a chunk instead of copying what it holds. A row's int32s, in order: its head (the kind,
 * plus the label shifted by LABEL_SHIFT), the object's address and the holder's or scope's (each
 * in ADDRESS_UNIT units), then two numbers (see EventLog.numbers's comment in eventLog.ts).
 */
export const ROW_FIELDS = 5;
export const CHUNK_SHIFT = 15;
export const CHUNK_ROWS = 1 << CHUNK_SHIFT;
export const LABEL_SHIFT = 4;
export const KIND_MASK = (1 << LABEL_SHIFT) - 1;
/** Every serial address is a multiple of 8 (heap.ts's allocAddress): a row keeps address / 8. */
export const ADDRESS_UNIT = 8;
