/**
 * The heap's event log, recorded compactly. A loop of 10^5 iterations makes millions of events
 * (each reference taken and released, each object made and freed: 89 an iteration of
 * bench/class_methods.py), and the view keeps a few thousand of them (condense.ts). An event
 * object per change, with its site object and slot label, cost more than running the program.
 *
 * So the frequent kinds (incref, decref, move, alloc, dealloc, bind, unbind, and the collector's
 * gcClear: a collection of 10^5 cyclic objects clears each) are rows of five
 * int32s, in chunks (eventRowFormat.ts): the kind and how the slot is labelled, two addresses
 * (the object, the holder or scope, in 8-byte units), and two numbers (the refcount, the slot);
 * names and type names are numbered once. An allocation's repr is made when the row is read for
 * the objects most made (ints, strs, objects shown by their type), and kept as a string of its
 * own for the others. Any other event, and a reference whose slot label a row cannot say (a
 * plain dict's key: `['k']`), is kept as its object. A row becomes a `HeapEvent` when read
 * (eventRows.ts, which loads with the library as condensing does): the condensing reads rows in
 * place to decide, and makes only the events it keeps.
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
  GC_CLEAR,
  ON_STACK,
  BY_NAME,
  BY_INDEX,
  BY_ATTRIBUTE,
  SLOT_NAME,
  SLOT_NUMBER,
  SLOT_NONE,
  SLOT_COLUMN,
  ROW_FIELDS,
  CHUNK_SHIFT,
  CHUNK_ROWS,
  LABEL_SHIFT,
  ADDRESS_UNIT,
  REPR_TEXT,
  REPR_INT,
  REPR_STR,
  REPR_BY_TYPE,
} from './eventRowFormat';
import { grown } from './grownArray';
import { StringTable } from './stringTable';
import { displayRepr } from './display';
import { PyDict, PyInstance, PyInt, PyList, PyObject, PyStr, PyTuple, siteHolder } from './objects';

/** Anything that holds references (heap.ts's RefHolder). */
interface Holder {
  readonly address: number;
}

/** The first chunk's rows: grown by doubling up to CHUNK_ROWS (most statements make few). */
const INITIAL_ROWS = 1024;
const NO_ROWS = new Int32Array(0);

/** Who a log tells when it passes its limit: the heap, which then stops recording. */
export interface LogOwner {
  logFull(): void;
}

export class EventLog {
  length = 0;
  /**
   * The rows, read by eventRows.ts: ROW_FIELDS int32s each (eventRowFormat.ts), CHUNK_ROWS a
   * chunk, the last one filled up to `length`. The numbers of a row are the refcount and the slot
   * (a name's number, or an index); or the type's name and the repr (allocations); the name
   * (names); the event (OTHER), as numbers into `names` or `objects`.
   */
  readonly chunks: Int32Array[] = [];
  /** The last chunk (where the next row goes), and the offset of the next row in it. */
  private chunk: Int32Array = NO_ROWS;
  private next = 0;
  /**
   * The allocations, in order, `allocCount` of them: condensing looks up the types of some
   * objects among millions of rows, and reads these instead of the rows. Each one's object's
   * address in ADDRESS_UNITs (or ~its row, for an allocation kept as its event object), and the
   * number of its type's name.
   */
  allocUnits = new Int32Array(64);
  allocTypeNames = new Int32Array(64);
  allocCount = 0;
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
    const at = this.nextRow(OTHER);
    this.chunk[at + 3] = this.objects.push(e) - 1;
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
    const by = siteHolder(holder).address / ADDRESS_UNIT;
    const object = id / ADDRESS_UNIT;
    if (label < 0 || (object | 0) !== object || (by | 0) !== by) {
      const site = this.siteOf(holder, slot);
      this.push(
        op === 'move' ? { kind: 'move', id, refcount, to: site } : { kind: op, id, refcount, site },
      );
      return;
    }
    const at = this.nextRow(
      (op === 'incref' ? INCREF : op === 'decref' ? DECREF : MOVE) | (label << LABEL_SHIFT),
    );
    const c = this.chunk;
    c[at + 1] = object;
    c[at + 2] = by;
    c[at + 3] = refcount;
    const column = label & SLOT_COLUMN;
    c[at + 4] =
      column === SLOT_NUMBER
        ? (slot as number)
        : column === SLOT_NAME
          ? this.names.numberOf(slot instanceof PyStr ? slot.value : (slot as string))
          : 0;
  }

  /**
   * `o` made. Its repr is the view's as it is now (displayRepr); for the objects most made it is
   * made only when the row is read, from what the row keeps (REPR_INT, REPR_STR, REPR_BY_TYPE).
   */
  alloc(id: number, o: PyObject): void {
    const object = id / ADDRESS_UNIT;
    const type = o.type.name;
    if ((object | 0) !== object) {
      this.noteAlloc(~this.length, 0);
      return this.push({ kind: 'alloc', id, type, repr: displayRepr(o) });
    }
    const display = o.display;
    let repr = REPR_TEXT;
    let value = 0;
    if (display === PyInt.prototype.display && isInt32((o as PyInt).value)) {
      repr = REPR_INT;
      value = (o as PyInt).value as number;
    } else if (display === PyStr.prototype.display) {
      repr = REPR_STR;
      value = this.objects.push((o as PyStr).value) - 1;
    } else if (
      display === PyObject.prototype.display ||
      (display === PyInstance.prototype.display && !(o as PyInstance).args)
    ) {
      repr = REPR_BY_TYPE;
    } else {
      value = this.objects.push(displayRepr(o)) - 1;
    }
    const typeName = this.names.numberOf(type);
    this.noteAlloc(object, typeName);
    const at = this.nextRow(ALLOC | (repr << LABEL_SHIFT));
    const c = this.chunk;
    c[at + 1] = object;
    c[at + 3] = typeName;
    c[at + 4] = value;
  }

  /** Indexes an allocation (see `allocUnits`). */
  private noteAlloc(unit: number, typeName: number): void {
    const n = this.allocCount;
    if (n === this.allocUnits.length) {
      this.allocUnits = grown(this.allocUnits, 2 * n);
      this.allocTypeNames = grown(this.allocTypeNames, 2 * n);
    }
    this.allocUnits[n] = unit;
    this.allocTypeNames[n] = typeName;
    this.allocCount = n + 1;
  }

  dealloc(id: number, type: string): void {
    const object = id / ADDRESS_UNIT;
    if ((object | 0) !== object) return this.push({ kind: 'dealloc', id, type });
    const at = this.nextRow(DEALLOC);
    const c = this.chunk;
    c[at + 1] = object;
    c[at + 3] = this.names.numberOf(type);
  }

  /** The collector's tp_clear of `id`. */
  gcClear(id: number): void {
    const object = id / ADDRESS_UNIT;
    if ((object | 0) !== object) return this.push({ kind: 'gcClear', id });
    const at = this.nextRow(GC_CLEAR);
    this.chunk[at + 1] = object;
  }

  bind(bound: boolean, scope: number, name: string, id: number): void {
    const object = id / ADDRESS_UNIT;
    const where = scope / ADDRESS_UNIT;
    if ((object | 0) !== object || (where | 0) !== where)
      return this.push({ kind: bound ? 'bind' : 'unbind', scope, name, id });
    const at = this.nextRow(bound ? BIND : UNBIND);
    const c = this.chunk;
    c[at + 1] = object;
    c[at + 2] = where;
    c[at + 3] = this.names.numberOf(name);
  }

  /** Replaces the event of row `i` (a bulk operation's first change becoming their sum). */
  set(i: number, e: HeapEvent): void {
    const c = this.chunks[i >>> CHUNK_SHIFT]!;
    const at = (i & (CHUNK_ROWS - 1)) * ROW_FIELDS;
    c[at] = OTHER;
    c[at + 3] = this.objects.push(e) - 1;
  }

  /** Starts a row of `head` (its kind and label); returns its offset in `this.chunk`. */
  private nextRow(head: number): number {
    if (this.next === this.chunk.length) this.grow();
    if (this.length >= this.limit) this.owner?.logFull();
    const at = this.next;
    this.chunk[at] = head;
    this.next = at + ROW_FIELDS;
    this.length++;
    return at;
  }

  /** The first chunk doubles until it is whole; after it, a chunk is added (nothing is copied). */
  private grow(): void {
    const whole = CHUNK_ROWS * ROW_FIELDS;
    const last = this.chunks.length - 1;
    if (last >= 0 && this.chunk.length < whole) {
      this.chunk = grown(this.chunk, Math.min(whole, 2 * this.chunk.length));
      this.chunks[last] = this.chunk;
      return;
    }
    this.chunk = new Int32Array(last < 0 ? INITIAL_ROWS * ROW_FIELDS : whole);
    this.chunks.push(this.chunk);
    this.next = 0;
  }
}

const isInt32 = (v: unknown): v is number => typeof v === 'number' && (v | 0) === v;

/**
 * How heap.ts's slotLabel labels `holder`'s `slot`, as a row's label, or -1 when the row cannot
 * say it: a plain dict's keys, an object as a slot (a key: its repr), an object's reference
 * without a slot.
 */
function labelOf(holder: Holder, slot: unknown): number {
  if (holder.address === 0) return ON_STACK + SLOT_NONE;
  const column =
    slot === undefined
      ? SLOT_NONE
      : typeof slot === 'number'
        ? isInt32(slot)
          ? SLOT_NUMBER
          : -1
        : typeof slot === 'string'
          ? SLOT_NAME
          : -1;
  if (column < 0) return holder instanceof PyDict && slot instanceof PyStr ? nameLabel(holder) : -1;
  if (!(holder instanceof PyObject)) return BY_NAME + column;
  if (column === SLOT_NONE) return -1;
  if (holder instanceof PyList || holder instanceof PyTuple) return BY_INDEX + column;
  if (holder.slotLabel !== PyObject.prototype.slotLabel) return -1;
  return BY_ATTRIBUTE + column;
}

/**
 * A str key of a class's namespace or of a module's, as PyDict.slotLabel labels it: `.x` (the
 * class's attribute: its site names the class, `siteHolder`) or `x`; -1 for any other dict.
 */
function nameLabel(d: PyDict): number {
  if (d.slotLabel !== PyDict.prototype.slotLabel) return -1;
  if (d.ownerClass) return BY_ATTRIBUTE + SLOT_NAME;
  return d.isNamespace ? BY_NAME + SLOT_NAME : -1;
}
