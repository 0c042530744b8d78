/**
 * Bounds a run's events by what the view can show, before they cross to the main thread. The
 * engine already records bulk operations per object (bulkEvents.ts), but a loop of 10^6
 * iterations still logs millions of ordinary events, nearly all about objects the view does not
 * draw. `condenseEvents` keeps a run's events as they are when there are at most `limit`; past
 * it, it keeps what the view animates and narrates, for the objects it draws:
 *
 * - every event of a drawn object (`shown`: the objects of the snapshots before and after the
 *   run), except that past its first REPEATS_KEPT changes of one kind (incref, decref, move),
 *   the rest become one `refMany` per holder ("+99,997: x[3…99999]", "+99,997: stack") for the
 *   first two holders, and one for all other holders ("+4,997", each new instance's reference to
 *   its class);
 * - name bindings: the first REPEATS_KEPT and the last of each name;
 * - collections that touch a drawn object, with their phases listing only drawn objects, the
 *   internal references into drawn objects (gcSubtract), and what they printed; of the others,
 *   their start and their end (what they counted);
 * - at most `limit` events in all, the first ones;
 *
 * and counts the rest in one `omitted` event at the end. Whatever the size, a gcPhase lists only
 * drawn objects (a generation may hold 10^6 of them; the walkthrough shows only drawn ones).
 *
 * A pure function of plain data: the lead's worker calls it before posting a run's events.
 */
import type { GcEventObject, HeapEvent, RefOp, RefSite } from './events';
import {
  addCounts,
  anyOmitted,
  countEvent,
  countOf,
  noneOmitted,
  type OmittedTally,
} from './omittedCounts';
import type { EventLog } from './eventLog';
import { readEvents, type EventSource } from './eventRows';
import type { HeapSnapshot } from './snapshot';

/** Events a run sends to the view at most. */
export const EVENT_LIMIT = 5000;
/** Changes of one kind to one object (or bindings of one name) kept one by one. */
export const REPEATS_KEPT = 3;
/** Holders whose further changes of an object get a merge of their own; the rest share one. */
const HOLDERS_MERGED = 2;

type RefEvent = Extract<HeapEvent, { kind: 'incref' | 'decref' | 'move' | 'refMany' }>;

/** The objects drawn before or after a run: the ones whose events the view uses. */
export function shownIdsOf(before: HeapSnapshot, after: HeapSnapshot): Set<number> {
  const ids = new Set<number>();
  for (const o of before.objects) ids.add(o.id);
  for (const o of after.objects) ids.add(o.id);
  return ids;
}

export function condenseEvents(
  run: EventLog | readonly HeapEvent[],
  shown: ReadonlySet<number>,
  limit = EVENT_LIMIT,
): HeapEvent[] {
  const events = Array.isArray(run) ? arraySource(run) : readEvents(run as EventLog);
  if (events.length <= limit) {
    const all: HeapEvent[] = [];
    for (let i = 0; i < events.length; i++) all.push(boundPhase(events.at(i), shown));
    return all;
  }
  const omitted = noneOmitted();
  const kept = keepShown(events, shown, omitted);
  const merged = mergeRepeats(kept, omitted, holderTypes(events, kept));
  const out = fitToLimit(merged, shown, limit - 1, omitted);
  if (anyOmitted(omitted)) out.push({ kind: 'omitted', ...omitted });
  return out;
}

/** Collections kept from the start and from the end of a run that has too many. */
const COLLECTIONS_KEPT = 8;

/**
 * Pass 3, for a run still too long: whole stories, never a cut in the middle of one. Events
 * about no object (bindings) stay; of the collections, the first and last COLLECTIONS_KEPT; of
 * the objects, all the events of each, in the order of `shown` (the objects drawn before the run
 * first, then the new ones in the order the snapshot chose them), as long as they fit.
 */
function fitToLimit(
  events: readonly HeapEvent[],
  shown: ReadonlySet<number>,
  limit: number,
  omitted: OmittedTally,
): HeapEvent[] {
  if (events.length <= limit) return [...events];
  // Which collection (its index) each event belongs to, or -1.
  const collectionOf: number[] = [];
  let collections = 0;
  let inside = -1;
  for (const e of events) {
    if (e.kind === 'gcStart' && inside < 0) inside = collections++;
    collectionOf.push(inside);
    if (e.kind === 'gcDone') inside = -1;
  }
  const keepCollection = (c: number) => c < COLLECTIONS_KEPT || c >= collections - COLLECTIONS_KEPT;
  const perObject = new Map<number, number>();
  let budget = limit;
  events.forEach((e, i) => {
    const c = collectionOf[i]!;
    if (c >= 0) {
      if (keepCollection(c)) budget--;
      return;
    }
    const id = objectOf(e, shown);
    if (id === null) budget--;
    else perObject.set(id, (perObject.get(id) ?? 0) + 1);
  });
  const included = new Set<number>();
  for (const id of shown) {
    const n = perObject.get(id);
    if (n === undefined || n > budget) continue;
    included.add(id);
    budget -= n;
  }
  const out: HeapEvent[] = [];
  events.forEach((e, i) => {
    const c = collectionOf[i]!;
    const id = c >= 0 ? null : objectOf(e, shown);
    const keep = c >= 0 ? keepCollection(c) : id === null || included.has(id);
    if (keep) out.push(e);
    else countEvent(omitted, e);
  });
  // Only if what is about no object is itself too long: its first events.
  for (const e of out.splice(limit)) countEvent(omitted, e);
  return out;
}

/** The drawn object an event's story belongs to; null for events about no object (bindings). */
function objectOf(e: HeapEvent, shown: ReadonlySet<number>): number | null {
  if (e.kind === 'bind' || e.kind === 'unbind') return null;
  if (e.kind === 'weakrefCleared') return shown.has(e.id) ? e.id : e.referent;
  if (e.kind === 'gcSubtract') return e.to;
  return 'id' in e ? e.id : null;
}

/** A gcPhase listing only drawn objects; any other event as it is. */
function boundPhase(e: HeapEvent, shown: ReadonlySet<number>): HeapEvent {
  if (e.kind !== 'gcPhase' || e.objects.every((o) => shown.has(o.id))) return e;
  return { ...e, objects: e.objects.filter((o: GcEventObject) => shown.has(o.id)) };
}

/** An array of events read as a source. */
function arraySource(events: readonly HeapEvent[]): EventSource {
  return {
    length: events.length,
    kindAt: (i) => events[i]!.kind,
    countedAt: (i) => countOf(events[i]!.kind),
    idAt: (i) => {
      const e = events[i]!;
      return 'id' in e ? e.id : NaN;
    },
    at: (i) => events[i]!,
    skipUnshown: (from, shown, omitted) => {
      let i = from;
      for (; i < events.length; i++) {
        const e = events[i]!;
        const counted = countOf(e.kind);
        if (counted === null || ('id' in e && shown.has(e.id))) break;
        omitted[counted]++;
      }
      return i;
    },
    allocTypes: (ids) => {
      const types = new Map<number, string>();
      for (const e of events) if (e.kind === 'alloc' && ids.has(e.id)) types.set(e.id, e.type);
      return types;
    },
  };
}

/** Pass 1: the events of drawn objects, bindings and the collections that touch drawn objects. */
function keepShown(
  events: EventSource,
  shown: ReadonlySet<number>,
  omitted: OmittedTally,
): HeapEvent[] {
  const kept: HeapEvent[] = [];
  for (
    let i = events.skipUnshown(0, shown, omitted);
    i < events.length;
    i = events.skipUnshown(i + 1, shown, omitted)
  ) {
    const counted = events.countedAt(i);
    if (counted !== null) {
      if (shown.has(events.idAt(i))) kept.push(events.at(i));
      else omitted[counted]++;
      continue;
    }
    if (events.kindAt(i) === 'gcStart') {
      i = keepCollection(events, i, shown, kept, omitted);
      continue;
    }
    const e = events.at(i);
    if (e.kind === 'omitted') {
      addCounts(omitted, e);
      continue;
    }
    const about = showsObject(e, shown);
    if (about === true || e.kind === 'bind' || e.kind === 'unbind') kept.push(e);
    else countEvent(omitted, e);
  }
  return kept;
}

/**
 * One collection, from its gcStart to its gcDone: kept (phases bounded) if it touches a drawn
 * object, else its start and end kept and the rest counted. Returns the index of its last event.
 */
function keepCollection(
  events: EventSource,
  start: number,
  shown: ReadonlySet<number>,
  kept: HeapEvent[],
  omitted: OmittedTally,
): number {
  const inside: HeapEvent[] = [];
  let touches = false;
  let k = start;
  for (; k < events.length; k = events.skipUnshown(k + 1, shown, omitted)) {
    const e = boundPhase(events.at(k), shown);
    if (e.kind === 'gcPhase') {
      if (e.objects.length > 0) touches = true;
      inside.push(e);
    } else if (e.kind === 'gcSubtract') {
      if (shown.has(e.to)) inside.push(e);
      else omitted.other++;
    } else if (e.kind === 'omitted') {
      addCounts(omitted, e);
    } else {
      const about = showsObject(e, shown);
      if (about === true) touches = true;
      if (about === false) countEvent(omitted, e);
      else inside.push(e);
    }
    if (e.kind === 'gcDone') break;
  }
  if (touches) for (const e of inside) kept.push(e);
  else {
    // Still said: that it ran, and what it counted (the view summarizes it, or walks through it).
    for (const e of inside) {
      if (e.kind === 'gcStart' || e.kind === 'gcDone') kept.push(e);
      else countEvent(omitted, e);
    }
  }
  return Math.min(k, events.length - 1);
}

/** Is the event about a drawn object? null for events about no object (bindings, output, gc). */
function showsObject(e: HeapEvent, shown: ReadonlySet<number>): boolean | null {
  switch (e.kind) {
    case 'incref':
    case 'decref':
    case 'move':
    case 'refMany':
    case 'alloc':
    case 'dealloc':
    case 'gcUntrack':
    case 'finalize':
    case 'gcClear':
    case 'weakrefCallback':
      return shown.has(e.id);
    case 'weakrefCleared':
      return shown.has(e.id) || shown.has(e.referent);
    case 'gcSubtract':
      return shown.has(e.to);
    default:
      return null;
  }
}

/**
 * Pass 2: past REPEATS_KEPT changes of one kind to one object, the rest become `refMany` events
 * in the place of the first of them; past REPEATS_KEPT bindings of a name, only the last is kept.
 */
function mergeRepeats(
  events: readonly HeapEvent[],
  omitted: OmittedTally,
  types: ReadonlyMap<number, string>,
): HeapEvent[] {
  const bindingsSeen = new Map<string, number>();
  const lastBinding = new Map<string, number>();
  events.forEach((e, i) => {
    if (e.kind === 'bind' || e.kind === 'unbind') lastBinding.set(`${e.scope}:${e.name}`, i);
  });
  // Keyed by number (a run keeps up to millions of changes of drawn objects): an object's id
  // and the change's kind (`changeKey`), then the holder's address (`MANY` for all the others).
  const seen = new Map<number, number>();
  const merging = new Map<number, Map<number, Merge>>();
  const out: (HeapEvent | Merge)[] = [];
  events.forEach((e, i) => {
    if (e.kind === 'bind' || e.kind === 'unbind') {
      const key = `${e.scope}:${e.name}`;
      const n = (bindingsSeen.get(key) ?? 0) + 1;
      bindingsSeen.set(key, n);
      if (n <= REPEATS_KEPT || lastBinding.get(key) === i) out.push(e);
      else omitted.other++;
      return;
    }
    if (!isRef(e)) {
      out.push(e);
      return;
    }
    const op = opOf(e);
    const change = changeKey(e.id, op);
    const n = (seen.get(change) ?? 0) + 1;
    seen.set(change, n);
    if (n <= REPEATS_KEPT) {
      out.push(e);
      return;
    }
    // One merge per holder for the first few holders (x's slots, the stack), then one for all
    // the others (each new instance's reference to its class).
    let byHolder = merging.get(change);
    if (!byHolder) merging.set(change, (byHolder = new Map()));
    let holder = siteOf(e)?.holder ?? MANY;
    if (!byHolder.has(holder) && byHolder.size >= HOLDERS_MERGED) holder = MANY;
    const m = byHolder.get(holder);
    if (m) m.add(e);
    else {
      const created = new Merge(e, op, types);
      byHolder.set(holder, created);
      out.push(created);
    }
  });
  return out.map((e) => (e instanceof Merge ? e.event() : e));
}

/** The merge of the holders past the first HOLDERS_MERGED ones (no address is negative). */
const MANY = -1;
const OPS: readonly RefOp[] = ['incref', 'decref', 'move'];

/** One number for an object's changes of one kind (ids are addresses: multiples of 1, < 2^50). */
function changeKey(id: number, op: RefOp): number {
  return id * 4 + OPS.indexOf(op);
}

function isRef(e: HeapEvent): e is RefEvent {
  return e.kind === 'incref' || e.kind === 'decref' || e.kind === 'move' || e.kind === 'refMany';
}

function opOf(e: RefEvent): RefOp {
  return e.kind === 'refMany' ? e.op : e.kind;
}

/**
 * The types of the objects allocated in the run that hold a reference in `kept` (the instances
 * whose references to their class are merged): only those, as a loop may allocate millions.
 */
function holderTypes(events: EventSource, kept: readonly HeapEvent[]): Map<number, string> {
  const holders = new Set<number>();
  for (const e of kept) if (isRef(e)) holders.add(siteOf(e)?.holder ?? 0);
  return events.allocTypes(holders);
}

/** Changes of one kind to one object, becoming one `refMany`. */
class Merge {
  private count = 0;
  private refcount = 0;
  private holder: number | null;
  private readonly slots = new SlotRange();
  /**
   * What all holders have in common when they are several: one type and one slot (each new
   * Node's `__class__`); null once two differ or one is not known.
   */
  private common: { type: string; slot: string } | null;
  constructor(
    private readonly first: RefEvent,
    private readonly op: RefOp,
    private readonly types: ReadonlyMap<number, string>,
  ) {
    const site = siteOf(first);
    this.holder = site?.holder ?? null;
    const type = site && types.get(site.holder);
    this.common = site && type ? { type, slot: site.slot } : null;
    this.add(first);
  }

  add(e: RefEvent): void {
    this.count += e.kind === 'refMany' ? e.count : 1;
    this.refcount = e.refcount;
    const site = siteOf(e);
    if (
      this.common &&
      (!site || site.slot !== this.common.slot || this.types.get(site.holder) !== this.common.type)
    )
      this.common = null;
    if (!site || site.holder !== this.holder) this.holder = null;
    else this.slots.add(site.slot);
  }

  event(): HeapEvent {
    if (this.count === 1) return this.first;
    return {
      kind: 'refMany',
      op: this.op,
      id: this.first.id,
      count: this.count,
      refcount: this.refcount,
      site: this.holder === null ? null : { holder: this.holder, slot: this.slots.label() },
      ...(this.holder === null && this.common ? { holders: this.common } : {}),
    };
  }
}

function siteOf(e: RefEvent): RefSite | null {
  return e.kind === 'move' ? e.to : e.site;
}

/** "[3…99999]" for index slots (or index ranges), the slot if they are all the same, else "…". */
export function slotRange(slots: readonly string[]): string {
  const range = new SlotRange();
  for (const s of slots) range.add(s);
  return range.label();
}

/** slotRange's answer, kept as slots are added (a merge may take millions). */
class SlotRange {
  private first: string | null = null;
  private allSame = true;
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

  label(): string {
    if (this.allSame) return this.first ?? '…';
    return this.indexes ? `[${this.min}…${this.max}]` : '…';
  }
}
