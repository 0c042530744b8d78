/**
 * The heap's event log, recorded compactly. A loop of 10^5 iterations makes millions of events
 * (each reference taken and released, each object made and freed: 89 an iteration of
 * bench/class_methods.py), and the view keeps a few thousand of them (condense.ts). An event
 * object per change, with its site object and slot label, cost more than running the program.
 *
 * So the frequent kinds (incref, decref, move, alloc, dealloc, bind, unbind) are rows of typed
 * arrays: the kind, how the slot is labelled, two addresses (the object, the holder or scope) and
 * two int32s (the refcount, the slot); names and type names are numbered once. Only an
 * allocation's repr is a string of its own. Any other event, and a reference whose slot label a
 * row cannot say (a dict's: a namespace's and a class's dict label theirs differently), is kept
 * as its object. A row becomes a `HeapEvent` when read (eventRows.ts, which loads with the
 * library as condensing does): the condensing reads kinds and ids to decide, and makes only the
 * events it keeps.
 */
import type { HeapEvent, RefSite } from './events';
import {
  OTHER,
  INCREF,
  DECREF,
  MOVE,
  ALLOC,
  DEALLOC,
  BIND,
  UNBIND,
  ON_STACK,
  BY_NAME,
  BY_INDEX,
  BY_ATTRIBUTE,
  SLOT_NAME,
  SLOT_NUMBER,
  SLOT_NONE,
  SLOT_COLUMN,
} from './eventRowFormat';
import { grown } from './grownArray';
import { StringTable } from './stringTable';
import { PyList, PyObject, PyTuple } from './objects';

/** Anything that holds references (heap.ts's RefHolder). */
interface Holder {
  readonly address: number;
}

const INITIAL_ROWS = 1024;

/** Who a log tells when it passes its limit: the heap, which then stops recording. */
export interface LogOwner {
  logFull(): void;
}

export class EventLog {
  length = 0;
  // The rows, read by eventRows.ts.
  kinds = new Uint8Array(INITIAL_ROWS);
  /** How the slot is labelled (references). */
  labels = new Uint8Array(INITIAL_ROWS);
  /** Two addresses a row: the object's, then the holder's (references) or the scope's (names). */
  addresses = new Float64Array(2 * INITIAL_ROWS);
  /**
   * Two int32s a row: the refcount and the slot (a name's number, or an index); or the type's
   * name and the repr (allocations); the name (names); the event (OTHER), as numbers.
   */
  numbers = new Int32Array(2 * INITIAL_ROWS);
  /** The events kept as objects and the reprs of allocations (a row says which is its). */
  readonly objects: (HeapEvent | string)[] = [];
  /** Names, type names and slot names, numbered. */
  readonly names = new StringTable();
  /**
   * Rows kept before the owner is told, at the next row: checked as each row is written, not at
   * statement boundaries, since one statement (a comprehension) can make millions of events.
   */
  limit = Infinity;

  /** `siteOf`: the heap's own site of a reference, for one kept as its object. */
  constructor(
    protected readonly siteOf: (holder: Holder, slot: unknown) => RefSite,
    private readonly owner: LogOwner | null = null,
  ) {}

  /** Any event, kept as it is. */
  push(e: HeapEvent): void {
    const i = this.nextRow(OTHER);
    this.numbers[2 * i] = this.objects.push(e) - 1;
  }

  /** A reference taken (incref), released (decref) or handed over (move) by `holder`'s `slot`. */
  ref(
    op: 'incref' | 'decref' | 'move',
    id: number,
    refcount: number,
    holder: Holder,
    slot: unknown,
  ): void {
    const label = labelOf(holder, slot);
    if (label < 0) {
      const site = this.siteOf(holder, slot);
      this.push(
        op === 'move' ? { kind: 'move', id, refcount, to: site } : { kind: op, id, refcount, site },
      );
      return;
    }
    const i = this.nextRow(op === 'incref' ? INCREF : op === 'decref' ? DECREF : MOVE);
    this.labels[i] = label;
    this.addresses[2 * i] = id;
    this.addresses[2 * i + 1] = holder.address;
    this.numbers[2 * i] = refcount;
    const column = label & SLOT_COLUMN;
    this.numbers[2 * i + 1] =
      column === SLOT_NUMBER
        ? (slot as number)
        : column === SLOT_NAME
          ? this.names.numberOf(slot as string)
          : 0;
  }

  alloc(id: number, type: string, repr: string): void {
    const i = this.nextRow(ALLOC);
    this.addresses[2 * i] = id;
    this.numbers[2 * i] = this.names.numberOf(type);
    this.numbers[2 * i + 1] = this.objects.push(repr) - 1;
  }

  dealloc(id: number, type: string): void {
    const i = this.nextRow(DEALLOC);
    this.addresses[2 * i] = id;
    this.numbers[2 * i] = this.names.numberOf(type);
  }

  bind(bound: boolean, scope: number, name: string, id: number): void {
    const i = this.nextRow(bound ? BIND : UNBIND);
    this.addresses[2 * i] = id;
    this.addresses[2 * i + 1] = scope;
    this.numbers[2 * i] = this.names.numberOf(name);
  }

  /** Replaces the event of row `i` (a bulk operation's first change becoming their sum). */
  set(i: number, e: HeapEvent): void {
    this.kinds[i] = OTHER;
    this.numbers[2 * i] = this.objects.push(e) - 1;
  }

  private nextRow(kind: number): number {
    const i = this.length;
    if (i === this.kinds.length) this.grow();
    if (i >= this.limit) this.owner?.logFull();
    this.kinds[i] = kind;
    this.length = i + 1;
    return i;
  }

  private grow(): void {
    const rows = this.kinds.length * 2;
    this.kinds = grown(this.kinds, rows);
    this.labels = grown(this.labels, rows);
    this.addresses = grown(this.addresses, 2 * rows);
    this.numbers = grown(this.numbers, 2 * rows);
  }
}

/**
 * How heap.ts's slotLabel labels `holder`'s `slot`, as a row's label, or -1 when the row cannot
 * say it: a dict's slots (a namespace's and a class's dict label theirs differently), an object
 * as a slot (a key: its repr), an object's reference without a slot.
 */
function labelOf(holder: Holder, slot: unknown): number {
  if (holder.address === 0) return ON_STACK + SLOT_NONE;
  const column =
    slot === undefined
      ? SLOT_NONE
      : typeof slot === 'number'
        ? (slot | 0) === slot
          ? SLOT_NUMBER
          : -1
        : typeof slot === 'string'
          ? SLOT_NAME
          : -1;
  if (column < 0) return -1;
  if (!(holder instanceof PyObject)) return BY_NAME + column;
  if (column === SLOT_NONE) return -1;
  if (holder instanceof PyList || holder instanceof PyTuple) return BY_INDEX + column;
  if (holder.slotLabel !== PyObject.prototype.slotLabel) return -1;
  return BY_ATTRIBUTE + column;
}
