/**
 * Reading the heap's event log (eventLog.ts): a row becomes a `HeapEvent` only when asked. The
 * condensing (condense.ts) reads kinds and ids to decide what the view keeps, and makes only
 * those events. Loaded with the library, as condensing is: nothing reads a log before a person's
 * statement has run.
 */
import type { HeapEvent, OmittedCounts, RefSite } from './events';
import { countOf, type OmittedTally } from './omittedCounts';
import type { KeptSink } from './keptSink';
import {
  ALLOC,
  BY_INDEX,
  BY_NAME,
  DECREF,
  DEALLOC,
  GC_CLEAR,
  INCREF,
  LABEL_STYLE,
  MOVE,
  ON_STACK,
  OTHER,
  ROW_KIND_NAMES,
  SLOT_COLUMN,
  SLOT_NONE,
  SLOT_NUMBER,
  ADDRESS_UNIT,
  CHUNK_ROWS,
  CHUNK_SHIFT,
  KIND_MASK,
  LABEL_SHIFT,
  ROW_FIELDS,
  REPR_INT,
  REPR_STR,
  REPR_BY_TYPE,
} from './eventRowFormat';
import { strRepr, withinBudget } from './display';
import type { EventLog } from './eventLog';
import { AddressTable } from './addressTable';
import { RowAddresses } from './rowAddresses';

/**
 * The count of each row kind's events when they are about an object not drawn, by number, as
 * `countEvent` counts them (a change's own count, `other` for the collector's clearing); null
 * for rows kept whatever their object (bindings, which are about names).
 */
const ROW_COUNTS = /* @__PURE__ */ ROW_KIND_NAMES.map((kind) =>
  kind === null || kind === 'bind' || kind === 'unbind' ? null : (countOf(kind) ?? 'other'),
);

/** A row's fields, read at once (`RowReader.read`): its int32s, the head split in two. */
export interface RowFields {
  kind: number;
  /** How a reference's slot is labelled (LABEL_STYLE and SLOT_COLUMN bits). */
  label: number;
  /** The object's address, and the holder's or scope's. */
  id: number;
  holder: number;
  /** A reference's refcount and slot; a binding's name; an allocation's type and repr. */
  first: number;
  second: number;
}

export function newRowFields(): RowFields {
  return { kind: 0, label: 0, id: 0, holder: 0, first: 0, second: 0 };
}

/** A log's rows read field by field, without making their events (condenseRepeats.ts). */
export interface RowReader {
  /** Reads row `i` into `f` (one object reused for millions of rows). */
  read(i: number, f: RowFields): void;
  /** Row `i`'s kind (a row kind, OTHER for an event kept as its object). */
  rowKind(i: number): number;
  /** A reference's holder, or a binding's scope (an address). */
  holderAt(i: number): number;
  /** The slot as its event's site says it (`[3]`, `.x`, `stack`). */
  slotTextAt(i: number): string;
  /** A binding's name. */
  nameAt(i: number): string;
}

/** The events a condensing pass reads: kinds and ids without making the events. */
export interface EventSource {
  /** The rows themselves, when the events are a log's. */
  readonly rows: RowReader | null;
  readonly length: number;
  kindAt(i: number): HeapEvent['kind'];
  /** The count a change about one object goes to (countOf of its kind), or null. */
  countedAt(i: number): keyof OmittedCounts | null;
  /** The object the event is about (`id`), or NaN for an event without one. */
  idAt(i: number): number;
  at(i: number): HeapEvent;
  /**
   * The first event from `from` on (or the length) that is not a change about one object outside
   * `shown`; the changes passed over are counted in `omitted`. A log has millions of them.
   */
  skipUnshown(from: number, shown: RowAddresses, omitted: OmittedTally): number;
  /**
   * Condensing's first pass over a log's rows from `from` on (condense.ts's keepShown): the
   * changes of objects outside `shown` counted in `omitted`, the reference rows of those in it and
   * every binding row handed to `kept` as their row numbers, their allocations and deallocations
   * as events. Returns the first event kept as its object (or the length), which the pass reads
   * itself; an array of events has no rows, so it returns `from`.
   */
  keepRows(from: number, shown: RowAddresses, kept: KeptSink, omitted: OmittedTally): number;
  /**
   * The types the objects of `ids` were allocated with in these events, by number (`typeName`):
   * a table from each such object's id to its type's number, the same number for the same type.
   */
  allocTypes(ids: AddressTable): AddressTable;
  /** The type of a number `allocTypes` gave. */
  typeName(n: number): string;
}

/** A log read as a source of events. */
export function readEvents(log: EventLog): EventSource {
  return new Rows(log);
}

/** Every event of a log, made (tests, and callers that want them all). */
export function allEvents(log: EventLog): HeapEvent[] {
  const rows = new Rows(log);
  const out: HeapEvent[] = [];
  for (let i = 0; i < log.length; i++) out.push(rows.at(i));
  return out;
}

class Rows implements EventSource, RowReader {
  constructor(private readonly log: EventLog) {}

  get rows(): RowReader {
    return this;
  }

  read(i: number, f: RowFields): void {
    const c = this.log.chunks[i >>> CHUNK_SHIFT]!;
    const at = (i & (CHUNK_ROWS - 1)) * ROW_FIELDS;
    const head = c[at]!;
    f.kind = head & KIND_MASK;
    f.label = head >>> LABEL_SHIFT;
    f.id = c[at + 1]! * ADDRESS_UNIT;
    f.holder = c[at + 2]! * ADDRESS_UNIT;
    f.first = c[at + 3]!;
    f.second = c[at + 4]!;
  }

  holderAt(i: number): number {
    return this.field(i, 2) * ADDRESS_UNIT;
  }

  slotTextAt(i: number): string {
    return this.site(i).slot;
  }

  nameAt(i: number): string {
    return this.log.names.at(this.field(i, 3));
  }

  get length(): number {
    return this.log.length;
  }

  /** Row `i`'s kind (a row kind, OTHER for an event kept as its object). */
  rowKind(i: number): number {
    return this.field(i, 0) & KIND_MASK;
  }

  kindAt(i: number): HeapEvent['kind'] {
    const kind = this.rowKind(i);
    return kind === OTHER ? this.objectAt(i).kind : ROW_KIND_NAMES[kind]!;
  }

  countedAt(i: number): keyof OmittedCounts | null {
    const kind = this.rowKind(i);
    return countOf(kind === OTHER ? this.objectAt(i).kind : ROW_KIND_NAMES[kind]!);
  }

  idAt(i: number): number {
    if (this.rowKind(i) !== OTHER) return this.field(i, 1) * ADDRESS_UNIT;
    const e = this.objectAt(i);
    return 'id' in e ? e.id : NaN;
  }

  at(i: number): HeapEvent {
    const log = this.log;
    const kind = this.rowKind(i);
    if (kind === OTHER) return this.objectAt(i);
    const id = this.field(i, 1) * ADDRESS_UNIT;
    const first = this.field(i, 3);
    const second = this.field(i, 4);
    switch (kind) {
      case INCREF:
      case DECREF:
        return { kind: ROW_KIND_NAMES[kind] as 'incref', id, refcount: first, site: this.site(i) };
      case MOVE:
        return { kind: 'move', id, refcount: first, to: this.site(i) };
      case ALLOC: {
        const type = log.names.at(first);
        return { kind: 'alloc', id, type, repr: this.repr(i, type, second) };
      }
      case DEALLOC:
        return { kind: 'dealloc', id, type: log.names.at(first) };
      case GC_CLEAR:
        return { kind: 'gcClear', id };
      default:
        return {
          kind: ROW_KIND_NAMES[kind] as 'bind',
          scope: this.field(i, 2) * ADDRESS_UNIT,
          name: log.names.at(first),
          id,
        };
    }
  }

  skipUnshown(from: number, shown: RowAddresses, omitted: OmittedTally): number {
    return this.passRows(from, shown, omitted, null);
  }

  keepRows(from: number, shown: RowAddresses, kept: KeptSink, omitted: OmittedTally): number {
    return this.passRows(from, shown, omitted, kept);
  }

  /**
   * Reads the chunks from row `from` on: counts the changes of objects outside `shown`, and stops
   * at an event kept as its object or a drawn object's gcClear (the pass reads those itself); at
   * any other row too without `kept`, else keeps it there.
   */
  private passRows(
    from: number,
    shown: RowAddresses,
    omitted: OmittedTally,
    kept: KeptSink | null,
  ): number {
    const { chunks, length } = this.log;
    const perKind = ROW_KIND_NAMES.map(() => 0);
    let i = from;
    scan: while (i < length) {
      const c = chunks[i >>> CHUNK_SHIFT]!;
      const end = Math.min(length, ((i >>> CHUNK_SHIFT) + 1) << CHUNK_SHIFT);
      for (let at = (i & (CHUNK_ROWS - 1)) * ROW_FIELDS; i < end; i++, at += ROW_FIELDS) {
        const kind = c[at]! & KIND_MASK;
        if (kind === OTHER) break scan;
        const drawn = shown.valueAtUnit(c[at + 1]!);
        if (drawn < 0 && ROW_COUNTS[kind] !== null) perKind[kind]!++;
        else if (!kept) break scan;
        else if (kind === GC_CLEAR) break scan;
        else if (kind === ALLOC || kind === DEALLOC) kept.event(this.at(i));
        else kept.row(i, drawn);
      }
    }
    for (let kind = 0; kind < perKind.length; kind++)
      if (perKind[kind]) omitted[ROW_COUNTS[kind]!]! += perKind[kind]!;
    return i;
  }

  allocTypes(ids: AddressTable): AddressTable {
    const { allocUnits, allocTypeNames, allocCount, names } = this.log;
    const types = new AddressTable(ids.size);
    const asked = new RowAddresses(ids);
    for (let k = 0; k < allocCount; k++) {
      const unit = allocUnits[k]!;
      if (unit >= 0) {
        if (asked.valueAtUnit(unit) >= 0) types.set(unit * ADDRESS_UNIT, allocTypeNames[k]!);
      } else {
        const e = this.objectAt(~unit);
        if (e.kind === 'alloc' && ids.has(e.id)) types.set(e.id, names.numberOf(e.type));
      }
    }
    return types;
  }

  typeName(n: number): string {
    return this.log.names.at(n);
  }

  /** An allocation's repr, as displayRepr made it when the object was made (eventLog.ts). */
  private repr(i: number, type: string, value: number): string {
    switch (this.field(i, 0) >>> LABEL_SHIFT) {
      case REPR_INT:
        return String(value);
      case REPR_STR:
        return withinBudget(strRepr(this.log.objects[value] as string));
      case REPR_BY_TYPE:
        return withinBudget(`<${type} object>`);
      default:
        return this.log.objects[value] as string;
    }
  }

  /** The `n`th int32 of row `i`. */
  private field(i: number, n: number): number {
    return this.log.chunks[i >>> CHUNK_SHIFT]![(i & (CHUNK_ROWS - 1)) * ROW_FIELDS + n]!;
  }

  private objectAt(i: number): HeapEvent {
    return this.log.objects[this.field(i, 3)] as HeapEvent;
  }

  /** A reference's site, labelled as heap.ts's slotLabel labels it. */
  private site(i: number): RefSite {
    const log = this.log;
    const label = this.field(i, 0) >>> LABEL_SHIFT;
    const holder = this.field(i, 2) * ADDRESS_UNIT;
    const value = this.field(i, 4);
    const column = label & SLOT_COLUMN;
    const text =
      column === SLOT_NONE ? '' : column === SLOT_NUMBER ? String(value) : log.names.at(value);
    switch (label & LABEL_STYLE) {
      case ON_STACK:
        return { holder, slot: 'stack' };
      case BY_NAME:
        return { holder, slot: text };
      case BY_INDEX:
        return { holder, slot: `[${text}]` };
      default:
        return { holder, slot: `.${text}` };
    }
  }
}
