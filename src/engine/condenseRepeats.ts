/**
 * Condensing's second pass (condense.ts): past REPEATS_KEPT changes of one kind to one object, the
 * rest become `refMany` events in the place of the first of them; past REPEATS_KEPT bindings of a
 * name, only the last is kept.
 *
 * A run that keeps every event hands this pass millions of changes of drawn objects (each new
 * instance's reference to its class, each call's to its function). So the first pass leaves a
 * log's reference and binding rows as their row numbers, and this pass reads a row's fields
 * without making its event: only the changes kept one by one, and a merge's first, become events.
 * A merge compares slots by their row fields and makes a slot's label only when they differ.
 */
import type { HeapEvent, RefOp, RefSite } from './events';
import type { OmittedTally } from './omittedCounts';
import { BIND, BY_INDEX, INCREF, SLOT_NUMBER, UNBIND } from './eventRowFormat';
import { newRowFields, type EventSource, type RowFields, type RowReader } from './eventRows';
import type { KeptList } from './keptList';
import { Int32List } from './grownArray';
import { AddressTable } from './addressTable';

/** Changes of one kind to one object (or bindings of one name) kept one by one. */
export const REPEATS_KEPT = 3;
/** Holders whose further changes of an object get a merge of their own; the rest share one. */
const HOLDERS_MERGED = 2;
/** The merge of the holders past the first HOLDERS_MERGED ones (no address is negative). */
const MANY = -1;

type RefEvent = Extract<HeapEvent, { kind: 'incref' | 'decref' | 'move' | 'refMany' }>;

export function mergeRepeats(
  kept: KeptList,
  events: EventSource,
  omitted: OmittedTally,
): HeapEvent[] {
  const rows = events.rows;
  const lastBinding = new ByScopeAndName();
  const fields = newRowFields();
  const { items, length } = kept;
  for (let i = 0; i < length; i++) {
    const k = items[i]!;
    if (k >= 0) {
      const kind = rows!.rowKind(k);
      if (kind === BIND || kind === UNBIND) {
        rows!.read(k, fields);
        lastBinding.set(fields.holder, rows!.nameAt(k), i);
      }
    } else {
      const e = kept.events[~k]!;
      if (e.kind === 'bind' || e.kind === 'unbind') lastBinding.set(e.scope, e.name, i);
    }
  }
  const merger = new RepeatMerger(events, omitted, lastBinding);
  for (let i = 0; i < length; i++) {
    const k = items[i]!;
    if (k >= 0) merger.row(k, i);
    else merger.event(kept.events[~k]!, i);
  }
  return merger.result();
}

/** Pass 2's state: bindings counted by scope and name, changes by object and kind. */
class RepeatMerger {
  private readonly rows: RowReader | null;
  private readonly bindingsSeen = new ByScopeAndName();
  /** By an object's id and the change's kind (`changeOf`): their numbers in `changes`. */
  private readonly changeNumbers = new AddressTable();
  private readonly changes: Change[] = [];
  private readonly merges: Merge[] = [];
  private readonly out: (HeapEvent | Merge)[] = [];
  /** The fields of the row being read (one object, reused). */
  private readonly fields = newRowFields();

  constructor(
    private readonly events: EventSource,
    private readonly omitted: OmittedTally,
    private readonly lastBinding: ByScopeAndName,
  ) {
    this.rows = events.rows;
  }

  /** Kept item `i`: a log's reference or binding row. */
  row(row: number, i: number): void {
    const f = this.fields;
    const rows = this.rows!;
    rows.read(row, f);
    if (f.kind === BIND || f.kind === UNBIND) {
      if (this.keepsBinding(f.holder, rows.nameAt(row), i)) this.out.push(this.events.at(row));
      return;
    }
    const change = this.changeOf(f.id * 4 + (f.kind - INCREF));
    if (++change.count <= REPEATS_KEPT) {
      this.out.push(this.events.at(row));
      return;
    }
    const m = change.mergeOf(f.holder);
    if (m) m.addRow(f, rows, row);
    else
      this.merge(change, f.holder, this.events.at(row) as RefEvent, OPS[f.kind - INCREF]!).fromRow(
        f,
      );
  }

  /** Kept item `i`: an event. */
  event(e: HeapEvent, i: number): void {
    if (e.kind === 'bind' || e.kind === 'unbind') {
      if (this.keepsBinding(e.scope, e.name, i)) this.out.push(e);
      return;
    }
    if (!isRef(e)) {
      this.out.push(e);
      return;
    }
    const op = opOf(e);
    const change = this.changeOf(e.id * 4 + OPS.indexOf(op));
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
    return this.out.map((e) => (e instanceof Merge ? e.event(types, this.rows) : e));
  }

  /** Past REPEATS_KEPT bindings of a name, only its last is kept. */
  private keepsBinding(scope: number, name: string, i: number): boolean {
    const n = this.bindingsSeen.add(scope, name);
    if (n <= REPEATS_KEPT || this.lastBinding.get(scope, name) === i) return true;
    this.omitted.other++;
    return false;
  }

  /** One number for an object's changes of one kind (ids are addresses, < 2^50). */
  private changeOf(key: number): Change {
    const n = this.changeNumbers.get(key);
    if (n >= 0) return this.changes[n]!;
    const change = new Change();
    this.changeNumbers.set(key, this.changes.push(change) - 1);
    return change;
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
function holderTypes(merges: readonly Merge[], events: EventSource): ReadonlyMap<number, string> {
  const candidates = merges.filter((m) => m.mayNameHolders());
  if (candidates.length === 0) return new Map();
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

/** Numbers by a binding's scope and name (no key string made per binding). */
class ByScopeAndName {
  private readonly scopes = new Map<number, Map<string, number>>();

  get(scope: number, name: string): number | undefined {
    return this.scopes.get(scope)?.get(name);
  }

  set(scope: number, name: string, value: number): void {
    let names = this.scopes.get(scope);
    if (!names) this.scopes.set(scope, (names = new Map()));
    names.set(name, value);
  }

  /** Adds one to the count of `name` in `scope`; returns the new count. */
  add(scope: number, name: string): number {
    const n = (this.get(scope, name) ?? 0) + 1;
    this.set(scope, name, n);
    return n;
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
  /** The rows, and the holders of the events, merged after the first; null once no type can be named. */
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
      if (this.commonSlot.allSame) this.laterHolders.push(site.holder);
      else this.cannotName();
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
      if (this.commonSlot.allSame) this.laterRows.push(row);
      else this.cannotName();
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

  /** The event; `rows`: those `addRow` read. */
  event(types: ReadonlyMap<number, string>, rows: RowReader | null): HeapEvent {
    if (this.count === 1) return this.first;
    return {
      kind: 'refMany',
      op: this.op,
      id: this.first.id,
      count: this.count,
      refcount: this.refcount,
      site: this.holder === null ? null : { holder: this.holder, slot: this.slots.label() },
      ...(this.holder === null ? this.common(types, rows) : {}),
    };
  }

  /** `{ holders }` when every holder has one type and every change one slot, else nothing. */
  private common(
    types: ReadonlyMap<number, string>,
    rows: RowReader | null,
  ): { holders?: { type: string; slot: string } } {
    if (!this.mayNameHolders()) return {};
    const type = types.get(this.firstHolder!);
    if (type === undefined) return {};
    for (const h of this.laterHolders!) if (types.get(h) !== type) return {};
    const later = this.laterRows!;
    for (let k = 0; k < later.length; k++)
      if (types.get(rows!.holderAt(later.items[k]!)) !== type) return {};
    return { holders: { type, slot: this.commonSlot.first! } };
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
