/**
 * The event log of a bulk operation: `[0] * n`, `list(range(n))`, `extend`, a slice, a big
 * container cleared or freed. Recording one event per reference would cost more than the
 * operation (10^6 increfs of the same `0`) and tell a person nothing more, so inside a bulk scope
 * (`Heap.bulk`) the heap records:
 *
 * - for each object it records in full (the objects in view, and the first `BULK_DETAIL` others
 *   the operation touches): its alloc and dealloc, and per kind of change (incref, decref, move)
 *   one event: the first change as the ordinary event, in its place in the log; if more follow,
 *   that event becomes one `refMany` counting them all, with the slots as a range
 *   ("+100,000: x[0…99999]");
 * - for every other object, counts only, in one `omitted` event at the end of the scope.
 *
 * What the scope does not touch (name bindings, collector, weakref and output events) is
 * recorded as usual. An object's refcount after the operation is in the next snapshot anyway;
 * the events only tell the story of how it got there.
 */
import type { RefOp, RefSite } from './events';
import { anyOmitted, countOf, noneOmitted } from './omittedCounts';
import type { EventLog } from './eventLog';
import type { PyObject } from './objects';

/** Objects a bulk operation records in full besides the ones in view: the first ones it touches. */
export const BULK_DETAIL = 32;

/** Anything that holds references: an object, a frame, the value stack (heap.ts's RefHolder). */
interface Holder {
  readonly address: number;
}

/** What the heap passes as a reference's slot: an index, a name, a dict key. */
export type Slot = string | number | PyObject | undefined;

/** One kind of change to one object, so far. */
interface Aggregate {
  readonly op: RefOp;
  /** Where the first change's event is in the log: it is replaced if more changes follow. */
  readonly index: number;
  count: number;
  refcount: number;
  /** The holder of every change so far; null once two differed. */
  holder: Holder | null;
  readonly firstSlot: Slot;
  sameSlot: boolean;
  /** Index slots (a list's or tuple's), as a range while every slot is a number. */
  numeric: boolean;
  min: number;
  max: number;
}

export class BulkRecorder {
  /** Nesting of `Heap.bulk` calls; the log is finished when the outermost one ends. */
  depth = 0;
  private readonly detail = new Map<PyObject, Aggregate[]>();
  /** Objects recorded in full that are not in view. */
  private extra = 0;
  private readonly omitted = noneOmitted();

  constructor(
    private readonly log: EventLog,
    /** The objects the view draws (the last snapshot's); null: only the first few are kept. */
    private readonly inView: ReadonlySet<number> | null,
    private readonly site: (holder: Holder, slot: Slot) => RefSite,
  ) {}

  /** Is `o` recorded in full in this operation? Decided at its first event, and kept. */
  keeps(o: PyObject): boolean {
    return this.aggregatesOf(o) !== null;
  }

  /** Counts an event of an object not recorded in full. */
  count(kind: 'allocs' | 'deallocs'): void {
    this.omitted[kind]++;
  }

  /** A reference of `o` taken, released or handed over to `holder`'s `slot`. */
  ref(op: RefOp, o: PyObject, holder: Holder, slot: Slot): void {
    const aggregates = this.aggregatesOf(o);
    if (!aggregates) {
      this.omitted[countOf(op)!]++;
      return;
    }
    const a = aggregates.find((x) => x.op === op);
    if (!a) {
      const numeric = typeof slot === 'number';
      aggregates.push({
        op,
        index: this.log.length,
        count: 1,
        refcount: o.refcount,
        holder,
        firstSlot: slot,
        sameSlot: true,
        numeric,
        min: numeric ? slot : 0,
        max: numeric ? slot : 0,
      });
      const site = this.site(holder, slot);
      this.log.push(
        op === 'move'
          ? { kind: 'move', id: o.address, refcount: o.refcount, to: site }
          : { kind: op, id: o.address, refcount: o.refcount, site },
      );
      return;
    }
    a.count++;
    a.refcount = o.refcount;
    if (a.holder !== holder) a.holder = null;
    if (slot !== a.firstSlot) a.sameSlot = false;
    if (a.numeric && typeof slot === 'number') {
      if (slot < a.min) a.min = slot;
      if (slot > a.max) a.max = slot;
    } else a.numeric = false;
  }

  /** Turns repeated changes into `refMany` events and appends the counts of the rest. */
  finish(): void {
    for (const [o, aggregates] of this.detail) {
      for (const a of aggregates) {
        if (a.count === 1) continue;
        this.log.set(a.index, {
          kind: 'refMany',
          op: a.op,
          id: o.address,
          count: a.count,
          refcount: a.refcount,
          site: a.holder
            ? {
                holder: this.site(a.holder, a.firstSlot).holder,
                slot: this.slotsLabel(a, a.holder),
              }
            : null,
        });
      }
    }
    if (anyOmitted(this.omitted)) this.log.push({ kind: 'omitted', ...this.omitted });
  }

  /** "[0…99999]" for a range of indexes, the slot itself if it never changed, else "…". */
  private slotsLabel(a: Aggregate, holder: Holder): string {
    if (a.numeric) {
      const first = this.site(holder, a.min).slot;
      if (a.min === a.max || !first.startsWith('[')) return first;
      return `[${a.min}…${a.max}]`;
    }
    return a.sameSlot ? this.site(holder, a.firstSlot).slot : '…';
  }

  private aggregatesOf(o: PyObject): Aggregate[] | null {
    const found = this.detail.get(o);
    if (found) return found;
    if (!this.inView?.has(o.address)) {
      if (this.extra >= BULK_DETAIL) return null;
      this.extra++;
    }
    const created: Aggregate[] = [];
    this.detail.set(o, created);
    return created;
  }
}
