/**
 * Condensing's second pass (condense.ts): past REPEATS_KEPT changes of one kind to one object, the
 * rest become `refMany` events in the place of the first of them; past REPEATS_KEPT bindings of a
 * name, only the last is kept.
 *
 * A run that keeps every event hands this pass millions of changes of drawn objects (each new
 * instance's reference to its class, each call's to its function). So it runs inside the first
 * pass, which hands it each kept reference or binding row by number as it reads it (no list of
 * them is kept), with the drawn object's number; this pass reads the row's fields without making
 * its event: only the changes kept one by one, and a merge's first, become events, once the pass
 * is over. A merge compares slots by their row fields and makes a slot's label only when they
 * differ.
 */
import type { HeapEvent, RefOp, RefSite } from './events';
import type { OmittedTally } from './omittedCounts';
import { BIND, BY_INDEX, INCREF, SLOT_NUMBER, UNBIND } from './eventRowFormat';
import { newRowFields, type EventSource, type RowFields, type RowReader } from './eventRows';
import type { KeptSink } from './keptSink';
import type { RowAddresses } from './rowAddresses';
import { Int32List } from './grownArray';
import { AddressTable } from './addressTable';

/** Changes of one kind to one object (or bindings of one name) kept one by one. */
export const REPEATS_KEPT = 3;
/** Holders whose further changes of an object get a merge of their own; the rest share one. */
const HOLDERS_MERGED = 2;
/** The merge of the holders past the first HOLDERS_MERGED ones (no address is negative). */
const MANY = -1;

type RefEvent = Extract<HeapEvent, { kind: 'incref' | 'decref' | 'move' | 'refMany' }>;

/**
 * Pass 2's state, fed by pass 1 as it keeps each row or event (KeptSink): bindings counted by
 * scope and name, changes by drawn object and kind. `result` gives the events kept.
 */
export class RepeatMerger implements KeptSink {
  private readonly rows: RowReader | null;
  private readonly bindings = new ByScopeAndName();
  /** By a drawn object's number (RowAddresses) × 3 + the change's kind (OPS). */
  private readonly changes: (Change | undefined)[] = [];
  private readonly merges: Merge[] = [];
  /**
   * What is kept, in order: an event, a merge, a row of the log (its event is made at the end),
   * or null for a binding a later one of its name replaced.
   */
  private readonly out: (HeapEvent | Merge | number | null)[] = [];
  /** The fields of the row being read (one object, reused). */
  private readonly fields = newRowFields();

  constructor(
    private readonly events: EventSource,
    private readonly drawn: RowAddresses,
    private readonly omitted: OmittedTally,
  ) {
    this.rows = events.rows;
  }

  row(row: number, shown: number): void {
    const f = this.fields;
    const rows = this.rows!;
    rows.read(row, f);
    if (f.kind === BIND || f.kind === UNBIND) {
      this.binding(f.holder, rows.nameAt(row), row);
      return;
    }
    const change = this.changeOf(shown, f.kind - INCREF);
    if (++change.count <= REPEATS_KEPT) {
      this.out.push(row);
      return;
    }
    const m = change.mergeOf(f.holder);
    if (m) m.addRow(f, rows, row);
    else
      this.merge(change, f.holder, this.events.at(row) as RefEvent, OPS[f.kind - INCREF]!).fromRow(
        f,
      );
  }

  event(e: HeapEvent): void {
    if (e.kind === 'bind' || e.kind === 'unbind') {
      this.binding(e.scope, e.name, e);
      return;
    }
    // Pass 1 hands over the changes of drawn objects only; any other is kept as it is.
    const shown = isRef(e) ? this.drawn.valueAt(e.id) : -1;
    if (!isRef(e) || shown < 0) {
      this.out.push(e);
      return;
    }
    const op = opOf(e);
    const change = this.changeOf(shown, OPS.indexOf(op));
    if (++change.count <= REPEATS_KEPT) {
      this.out.push(e);
      return;
    }
    const holder = siteOf(e)?.holder ?? MANY;
    const m = change.mergeOf(holder);
    if (m) m.add(e);
    else this.merge(change, holder, e, op);
  }

  result(): HeapEvent[] {
    const types = holderTypes(this.merges, this.events);
    const events: HeapEvent[] = [];
    for (const e of this.out) {
      if (e === null) continue;
      events.push(
        typeof e === 'number'
          ? this.events.at(e)
          : e instanceof Merge
            ? e.event(types, this.events)
            : e,
      );
    }
    return events;
  }

  /**
   * Past REPEATS_KEPT bindings of a name, only its last is kept: each one past them replaces the
   * one before it, which is counted as omitted.
   */
  private binding(scope: number, name: string, kept: HeapEvent | number): void {
    const seen = this.bindings.of(scope, name);
    if (++seen.count > REPEATS_KEPT) {
      if (seen.lastAt >= 0) {
        this.out[seen.lastAt] = null;
        this.omitted.other++;
      }
      seen.lastAt = this.out.length;
    }
    this.out.push(kept);
  }

  private changeOf(shown: number, op: number): Change {
    return (this.changes[shown * 3 + op] ??= new Change());
  }

  private merge(change: Change, holder: number, first: RefEvent, op: RefOp): Merge {
    const created = new Merge(first, op);
    change.addMerge(holder, created);
    this.merges.push(created);
    this.out.push(created);
    return created;
  }
}

/**
 * The types of the holders of the merges that may name them (`Merge.event`'s `holders`): first of
 * their first holders, then of all the holders of those whose first holder has a type (most
 * merges of several holders are of frames and the stack, which have none).
 */
function holderTypes(merges: readonly Merge[], events: EventSource): AddressTable {
  const candidates = merges.filter((m) => m.mayNameHolders());
  if (candidates.length === 0) return new AddressTable();
  const firsts = events.allocTypes(
    AddressTable.of(
      candidates.map((m) => m.firstHolder!),
      candidates.length,
    ),
  );
  const ids = new AddressTable();
  for (const m of candidates) {
    if (firsts.has(m.firstHolder!)) m.holdersTo(ids, events.rows);
  }
  return ids.size === 0 ? firsts : events.allocTypes(ids);
}

/**
 * One object's changes of one kind: how many so far, and their merges. One merge per holder for
 * the first few holders (x's slots, the stack), then one for all the others (each new instance's
 * reference to its class).
 */
class Change {
  count = 0;
  /** The holders with a merge of their own (at most HOLDERS_MERGED, and MANY), and the merges. */
  private readonly holders: number[] = [];
  private readonly merges: Merge[] = [];

  mergeOf(holder: number): Merge | undefined {
    const at = this.indexOf(holder);
    if (at >= 0) return this.merges[at];
    return this.holders.length >= HOLDERS_MERGED ? this.merges[this.indexOf(MANY)] : undefined;
  }

  /** A merge of `holder`'s changes (MANY's once HOLDERS_MERGED holders have one). */
  addMerge(holder: number, m: Merge): void {
    this.holders.push(this.holders.length >= HOLDERS_MERGED ? MANY : holder);
    this.merges.push(m);
  }

  private indexOf(holder: number): number {
    for (let i = 0; i < this.holders.length; i++) if (this.holders[i] === holder) return i;
    return -1;
  }
}

/** The changes' kinds, by row kind − INCREF (INCREF, DECREF and MOVE are consecutive). */
const OPS: readonly RefOp[] = ['incref', 'decref', 'move'];

function isRef(e: HeapEvent): e is RefEvent {
  return e.kind === 'incref' || e.kind === 'decref' || e.kind === 'move' || e.kind === 'refMany';
}

function opOf(e: RefEvent): RefOp {
  return e.kind === 'refMany' ? e.op : e.kind;
}

function siteOf(e: RefEvent): RefSite | null {
  return e.kind === 'move' ? e.to : e.site;
}

/** A name's bindings in a scope: how many so far, and where the last one past REPEATS_KEPT is kept. */
interface BindingsSeen {
  count: number;
  lastAt: number;
}

/** Bindings by their scope and name (no key string made per binding). */
class ByScopeAndName {
  private readonly scopes = new Map<number, Map<string, BindingsSeen>>();

  of(scope: number, name: string): BindingsSeen {
    let names = this.scopes.get(scope);
    if (!names) this.scopes.set(scope, (names = new Map()));
    let seen = names.get(name);
    if (!seen) names.set(name, (seen = { count: 0, lastAt: -1 }));
    return seen;
  }
}

/**
 * Changes of one kind to one object, becoming one `refMany`. When they come from several holders
 * of one type, each through the same slot (each new Node's `__class__`), the event names that
 * type and slot (`holders`). The holders' types are looked up once the pass is over, and only for
 * merges that may name them: their rows are kept until then (a number each).
 */
class Merge {
  private count = 0;
  private refcount = 0;
  private holder: number | null;
  readonly firstHolder: number | null;
  private readonly slots = new SlotRange();
  /** Every change's slot (`slots` stops at the first change from another holder). */
  private readonly commonSlot = new SlotRange();
  /**
   * The rows, and the holders of the events, merged after the first whose holder is not the
   * first's (its type is known to be the first's); null once no type can be named.
   */
  private laterRows: Int32List | null = new Int32List();
  private laterHolders: number[] | null = [];

  constructor(
    private readonly first: RefEvent,
    private readonly op: RefOp,
  ) {
    const site = siteOf(first);
    this.holder = site?.holder ?? null;
    this.firstHolder = this.holder;
    this.add(first);
  }

  add(e: RefEvent): void {
    this.count += e.kind === 'refMany' ? e.count : 1;
    this.refcount = e.refcount;
    const site = siteOf(e);
    if (!site) this.cannotName();
    else if (this.laterHolders) {
      this.commonSlot.add(site.slot);
      if (!this.commonSlot.allSame) this.cannotName();
      else if (site.holder !== this.firstHolder) this.laterHolders.push(site.holder);
    }
    if (!site || site.holder !== this.holder) this.holder = null;
    else this.slots.add(site.slot);
  }

  /** Its first change was row `f`: later rows with the same slot are known by its fields. */
  fromRow(f: RowFields): void {
    this.slots.fromRow(f);
    this.commonSlot.fromRow(f);
  }

  /** `add` of a log's reference row `row`, its fields read (`f`). */
  addRow(f: RowFields, rows: RowReader, row: number): void {
    this.count++;
    this.refcount = f.first;
    if (this.laterRows) {
      this.commonSlot.addRow(f, rows, row);
      if (!this.commonSlot.allSame) this.cannotName();
      else if (f.holder !== this.firstHolder) this.laterRows.push(row);
    }
    if (this.holder === null) return;
    if (f.holder !== this.holder) this.holder = null;
    else this.slots.addRow(f, rows, row);
  }

  private cannotName(): void {
    this.laterRows = null;
    this.laterHolders = null;
  }

  /** Could `event` name the holders' type: several holders, each change with one slot? */
  mayNameHolders(): boolean {
    return this.count > 1 && this.holder === null && this.laterRows !== null;
  }

  /** Adds its holders to `ids` (for a merge that may name them). */
  holdersTo(ids: AddressTable, rows: RowReader | null): void {
    ids.set(this.firstHolder!, 0);
    for (const h of this.laterHolders!) ids.set(h, 0);
    const later = this.laterRows!;
    for (let k = 0; k < later.length; k++) ids.set(rows!.holderAt(later.items[k]!), 0);
  }

  /** The event; `types`: holderTypes's, of `events`. */
  event(types: AddressTable, events: EventSource): HeapEvent {
    if (this.count === 1) return this.first;
    return {
      kind: 'refMany',
      op: this.op,
      id: this.first.id,
      count: this.count,
      refcount: this.refcount,
      site: this.holder === null ? null : { holder: this.holder, slot: this.slots.label() },
      ...(this.holder === null ? this.common(types, events) : {}),
    };
  }

  /** `{ holders }` when every holder has one type and every change one slot, else nothing. */
  private common(
    types: AddressTable,
    events: EventSource,
  ): { holders?: { type: string; slot: string } } {
    if (!this.mayNameHolders()) return {};
    const type = types.get(this.firstHolder!);
    if (type < 0) return {};
    for (const h of this.laterHolders!) if (types.get(h) !== type) return {};
    const later = this.laterRows!;
    for (let k = 0; k < later.length; k++)
      if (types.get(events.rows!.holderAt(later.items[k]!)) !== type) return {};
    return { holders: { type: events.typeName(type), slot: this.commonSlot.first! } };
  }
}

/** "[3…99999]" for index slots (or index ranges), the slot if they are all the same, else "…". */
export function slotRange(slots: readonly string[]): string {
  const range = new SlotRange();
  for (const s of slots) range.add(s);
  return range.label();
}

/** slotRange's answer, kept as slots are added (a merge may take millions). */
class SlotRange {
  first: string | null = null;
  allSame = true;
  /** The first slot's row label and value, when it came from a row (else -1). */
  private firstLabel = -1;
  private firstValue = 0;
  /** Every slot so far is an index or an index range; their least and greatest index. */
  private indexes = true;
  private min = Infinity;
  private max = -Infinity;

  add(slot: string): void {
    if (this.first === null) this.first = slot;
    else if (slot !== this.first) this.allSame = false;
    if (!this.indexes) return;
    const m = slot.charCodeAt(0) === 91 ? /^\[(\d+)(?:…(\d+))?\]$/.exec(slot) : null;
    if (!m) {
      this.indexes = false;
      return;
    }
    this.min = Math.min(this.min, Number(m[1]));
    this.max = Math.max(this.max, Number(m[2] ?? m[1]));
  }

  /** The first slot added was row `f`'s. */
  fromRow(f: RowFields): void {
    this.firstLabel = f.label;
    this.firstValue = f.second;
  }

  /** `add` of a row's slot (`f`, row `row`): its label is made only when it may change the answer. */
  addRow(f: RowFields, rows: RowReader, row: number): void {
    const label = f.label;
    const value = f.second;
    // The first slot again, or nothing left to learn: no change.
    if (this.first !== null && label === this.firstLabel && value === this.firstValue) return;
    if (this.first !== null && !this.allSame && !this.indexes) return;
    if (label === INDEX_NUMBER && value >= 0) {
      if (this.first === null) {
        this.first = `[${value}]`;
        this.firstLabel = label;
        this.firstValue = value;
      } else if (this.allSame && (label === this.firstLabel || this.first !== `[${value}]`))
        this.allSame = false;
      if (this.indexes) this.addIndex(value);
      return;
    }
    if (this.first === null) {
      this.firstLabel = label;
      this.firstValue = value;
    }
    this.add(rows.slotTextAt(row));
  }

  private addIndex(index: number): void {
    if (index < this.min) this.min = index;
    if (index > this.max) this.max = index;
  }

  label(): string {
    if (this.allSame) return this.first ?? '…';
    return this.indexes ? `[${this.min}…${this.max}]` : '…';
  }
}

/** A list's or tuple's slot that is a number (`[3]`): its index is the row's value. */
const INDEX_NUMBER = BY_INDEX + SLOT_NUMBER;
