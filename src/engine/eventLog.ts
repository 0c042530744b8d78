/**
 * The heap's event log, recorded compactly. A loop of 10^5 iterations makes millions of events
 * (each reference taken and released, each object made and freed: 89 an iteration of
 * bench/class_methods.py), and the view keeps a few thousand of them (condense.ts). An event
 * object per change, with its site object and slot label, cost more than running the program.
 *
 * So the frequent kinds (incref, decref, move, alloc, dealloc, bind, unbind) are rows of typed
 * arrays: the kind, how the slot is labelled, and four int32s (the object, its refcount or the
 * scope, the holder, the slot). Addresses are kept as offsets from the heap's first one; names
 * and type names are numbered once. Only an allocation's repr is a string of its own. Any other
 * event, and a frequent one that does not fit (an address past 2^31 bytes of allocations, a
 * dict's slot, whose label depends on the dict), is kept as its object. A row becomes a
 * `HeapEvent` when asked (`at`): condensing reads kinds and ids to decide, and makes only the
 * events it keeps.
 */
import type { HeapEvent, RefSite } from './events';
import { PyList, PyObject, PyTuple } from './objects';

/** The events a condensing pass reads: kinds and ids without making the events. */
export interface EventSource {
  readonly length: number;
  kindAt(i: number): HeapEvent['kind'];
  /** The object the event is about (`id`), or NaN for an event without one. */
  idAt(i: number): number;
  at(i: number): HeapEvent;
  /** Is row `i` about one of `ids` (its `idAt`)? Made once for many rows. */
  matcher(ids: ReadonlySet<number>): (i: number) => boolean;
}

/** An array of events read as a source. */
export function eventSource(events: readonly HeapEvent[]): EventSource {
  return {
    length: events.length,
    kindAt: (i) => events[i]!.kind,
    idAt: (i) => {
      const e = events[i]!;
      return 'id' in e ? e.id : NaN;
    },
    at: (i) => events[i]!,
    matcher: (ids) => (i) => {
      const e = events[i]!;
      return 'id' in e && ids.has(e.id);
    },
  };
}

/** Rows' kinds: the frequent ones, and OTHER for an event kept as its object. */
const OTHER = 0;
const INCREF = 1;
const DECREF = 2;
const MOVE = 3;
const ALLOC = 4;
const DEALLOC = 5;
const BIND = 6;
const UNBIND = 7;

const KIND_NAMES: readonly HeapEvent['kind'][] = [
  'incref', // OTHER: never read (its event says)
  'incref',
  'decref',
  'move',
  'alloc',
  'dealloc',
  'bind',
  'unbind',
];

/**
 * How a reference's slot is labelled (heap.ts's slotLabel), and what the slot column holds:
 * the value stack; a frame's name or index; a list's or tuple's index `[3]`; an object's
 * attribute `.x`; each with a slot that is a numbered name, a number, or none (heap.ts's
 * slotLabel of a slot that is a string or a number, or none).
 */
const ON_STACK = 0;
const BY_NAME = 1;
const BY_INDEX = 2;
const BY_ATTRIBUTE = 3;
/** Added to the above: what the slot column holds. */
const SLOT_NAME = 0;
const SLOT_NUMBER = 4;
const SLOT_NONE = 8;
const LABEL_STYLE = 3;
const SLOT_COLUMN = 12;

/** Anything that holds references (heap.ts's RefHolder). */
interface Holder {
  readonly address: number;
}

const INITIAL_ROWS = 1024;
const INT32_MAX = 2 ** 31 - 1;

export class EventLog implements EventSource {
  length = 0;
  private kinds = new Uint8Array(INITIAL_ROWS);
  /** How the slot is labelled (references). */
  private labels = new Uint8Array(INITIAL_ROWS);
  /**
   * Four int32s a row: the object's address (as an offset), its refcount or the scope's address,
   * the holder's address, the slot (a name's number, or an index). Names: the type's name.
   */
  private numbers = new Int32Array(4 * INITIAL_ROWS);
  /** The events kept as objects and the reprs of allocations (a row says which is its). */
  private readonly objects: (HeapEvent | string)[] = [];
  private readonly names: string[] = [];
  private readonly nameNumbers = new Map<string, number>();

  /**
   * `firstAddress`: the heap's first address (addresses are offsets from it). `siteOf`: the
   * heap's own site of a reference, for one kept as its object.
   */
  constructor(
    private readonly firstAddress: number,
    protected readonly siteOf: (holder: Holder, slot: unknown) => RefSite,
  ) {}

  /** Any event, kept as it is. */
  push(e: HeapEvent): void {
    const i = this.nextRow(OTHER);
    this.numbers[4 * i] = this.objects.push(e) - 1;
  }

  /** A reference taken (incref), released (decref) or handed over (move) by `holder`'s `slot`. */
  ref(
    op: 'incref' | 'decref' | 'move',
    id: number,
    refcount: number,
    holder: Holder,
    slot: unknown,
  ): void {
    const offset = id - this.firstAddress;
    const holderOffset = holder.address === 0 ? 0 : holder.address - this.firstAddress;
    const label = labelOf(holder, slot);
    let slotValue = 0;
    if (label >= 0) {
      const column = label & SLOT_COLUMN;
      if (column === SLOT_NUMBER) slotValue = slot as number;
      else if (column === SLOT_NAME) slotValue = this.nameNumber(slot as string);
    }
    if (
      label < 0 ||
      !fits(offset) ||
      !fits(holderOffset) ||
      (slotValue | 0) !== slotValue ||
      (refcount | 0) !== refcount
    ) {
      const site = this.siteOf(holder, slot);
      this.push(
        op === 'move' ? { kind: 'move', id, refcount, to: site } : { kind: op, id, refcount, site },
      );
      return;
    }
    const i = this.nextRow(op === 'incref' ? INCREF : op === 'decref' ? DECREF : MOVE);
    this.labels[i] = label;
    const n = this.numbers;
    n[4 * i] = offset;
    n[4 * i + 1] = refcount;
    n[4 * i + 2] = holderOffset;
    n[4 * i + 3] = slotValue;
  }

  alloc(id: number, type: string, repr: string): void {
    const offset = id - this.firstAddress;
    if (!fits(offset)) return this.push({ kind: 'alloc', id, type, repr });
    const i = this.nextRow(ALLOC);
    this.numbers[4 * i] = offset;
    this.numbers[4 * i + 1] = this.nameNumber(type);
    this.numbers[4 * i + 2] = this.objects.push(repr) - 1;
  }

  dealloc(id: number, type: string): void {
    const offset = id - this.firstAddress;
    if (!fits(offset)) return this.push({ kind: 'dealloc', id, type });
    const i = this.nextRow(DEALLOC);
    this.numbers[4 * i] = offset;
    this.numbers[4 * i + 1] = this.nameNumber(type);
  }

  bind(bound: boolean, scope: number, name: string, id: number): void {
    const offset = id - this.firstAddress;
    const scopeOffset = scope - this.firstAddress;
    if (!fits(offset) || !fits(scopeOffset))
      return this.push({ kind: bound ? 'bind' : 'unbind', scope, name, id });
    const i = this.nextRow(bound ? BIND : UNBIND);
    this.numbers[4 * i] = offset;
    this.numbers[4 * i + 1] = scopeOffset;
    this.numbers[4 * i + 2] = this.nameNumber(name);
  }

  /** Replaces the event of row `i` (a bulk operation's first change becoming their sum). */
  set(i: number, e: HeapEvent): void {
    this.kinds[i] = OTHER;
    this.numbers[4 * i] = this.objects.push(e) - 1;
  }

  kindAt(i: number): HeapEvent['kind'] {
    const kind = this.kinds[i]!;
    return kind === OTHER ? this.objectAt(i).kind : KIND_NAMES[kind]!;
  }

  idAt(i: number): number {
    if (this.kinds[i] !== OTHER) return this.firstAddress + this.numbers[4 * i]!;
    const e = this.objectAt(i);
    return 'id' in e ? e.id : NaN;
  }

  matcher(ids: ReadonlySet<number>): (i: number) => boolean {
    // Rows hold offsets: small integers, which a Set finds faster than addresses.
    const offsets = new Set<number>();
    for (const id of ids) if (fits(id - this.firstAddress)) offsets.add(id - this.firstAddress);
    return (i) =>
      this.kinds[i] !== OTHER ? offsets.has(this.numbers[4 * i]!) : ids.has(this.idAt(i));
  }

  at(i: number): HeapEvent {
    const kind = this.kinds[i]!;
    if (kind === OTHER) return this.objectAt(i);
    const n = this.numbers;
    const id = this.firstAddress + n[4 * i]!;
    const second = n[4 * i + 1]!;
    switch (kind) {
      case INCREF:
      case DECREF:
        return { kind: KIND_NAMES[kind] as 'incref', id, refcount: second, site: this.site(i) };
      case MOVE:
        return { kind: 'move', id, refcount: second, to: this.site(i) };
      case ALLOC:
        return {
          kind: 'alloc',
          id,
          type: this.names[second]!,
          repr: this.objects[n[4 * i + 2]!] as string,
        };
      case DEALLOC:
        return { kind: 'dealloc', id, type: this.names[second]! };
      default:
        return {
          kind: kind === BIND ? 'bind' : 'unbind',
          scope: this.firstAddress + second,
          name: this.names[n[4 * i + 2]!]!,
          id,
        };
    }
  }

  /** Every event, made (tests, and callers that want them all). */
  toArray(): HeapEvent[] {
    const out: HeapEvent[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return out;
  }

  private objectAt(i: number): HeapEvent {
    return this.objects[this.numbers[4 * i]!] as HeapEvent;
  }

  /** A reference's site, labelled as heap.ts's slotLabel labels it. */
  private site(i: number): RefSite {
    const label = this.labels[i]!;
    const holderOffset = this.numbers[4 * i + 2]!;
    const holder = label === ON_STACK + SLOT_NONE ? 0 : this.firstAddress + holderOffset;
    const value = this.numbers[4 * i + 3]!;
    const column = label & SLOT_COLUMN;
    const text =
      column === SLOT_NONE ? '' : column === SLOT_NUMBER ? String(value) : this.names[value]!;
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

  private nameNumber(name: string): number {
    let n = this.nameNumbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(name);
      this.nameNumbers.set(name, n);
    }
    return n;
  }

  private nextRow(kind: number): number {
    const i = this.length;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = kind;
    this.length = i + 1;
    return i;
  }

  private grow(): void {
    const rows = this.kinds.length * 2;
    const kinds = new Uint8Array(rows);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const labels = new Uint8Array(rows);
    labels.set(this.labels);
    this.labels = labels;
    const numbers = new Int32Array(4 * rows);
    numbers.set(this.numbers);
    this.numbers = numbers;
  }
}

function fits(offset: number): boolean {
  return offset >= 0 && offset <= INT32_MAX;
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
        ? SLOT_NUMBER
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
