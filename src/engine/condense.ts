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
import type { GcEventObject, HeapEvent } from './events';
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
import { RepeatMerger } from './condenseRepeats';
import type { KeptSink } from './keptSink';
import { RowAddresses } from './rowAddresses';
import { AddressTable } from './addressTable';
import { StringTable } from './stringTable';
import type { HeapSnapshot } from './snapshot';

/** The drawn objects as the passes ask about them: a set of ids, or RowAddresses. */
type Drawn = Pick<ReadonlySet<number>, 'has'>;

/** Events a run sends to the view at most. */
export const EVENT_LIMIT = 5000;
export { REPEATS_KEPT, slotRange } from './condenseRepeats';

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
  const drawn = RowAddresses.numbering(shown);
  const merger = new RepeatMerger(events, drawn, omitted);
  keepShown(events, drawn, merger, omitted);
  const merged = merger.result();
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
function boundPhase(e: HeapEvent, shown: Drawn): HeapEvent {
  if (e.kind !== 'gcPhase' || e.objects.every((o) => shown.has(o.id))) return e;
  return { ...e, objects: e.objects.filter((o: GcEventObject) => shown.has(o.id)) };
}

/** An array of events read as a source. */
function arraySource(events: readonly HeapEvent[]): EventSource {
  const typeNames = new StringTable();
  return {
    rows: null,
    length: events.length,
    kindAt: (i) => events[i]!.kind,
    countedAt: (i) => countOf(events[i]!.kind),
    idAt: (i) => {
      const e = events[i]!;
      return 'id' in e ? e.id : NaN;
    },
    at: (i) => events[i]!,
    keepRows: (from) => from,
    skipUnshown: (from, drawn, omitted) => {
      let i = from;
      for (; i < events.length; i++) {
        const e = events[i]!;
        const counted = countOf(e.kind);
        if (counted === null || ('id' in e && drawn.has(e.id))) break;
        omitted[counted]++;
      }
      return i;
    },
    allocTypes: (ids: AddressTable) => {
      const types = new AddressTable(ids.size);
      for (const e of events)
        if (e.kind === 'alloc' && ids.has(e.id)) types.set(e.id, typeNames.numberOf(e.type));
      return types;
    },
    typeName: (n) => typeNames.at(n),
  };
}

/**
 * Pass 1: the events of drawn objects, bindings and the collections that touch drawn objects,
 * handed to pass 2 (`kept`) as they come. `shown` is the drawn objects numbered, for the rows.
 */
function keepShown(
  events: EventSource,
  shown: RowAddresses,
  kept: KeptSink,
  omitted: OmittedTally,
): void {
  // A log's rows are read by keepRows; the loop reads the events kept as objects.
  for (
    let i = events.keepRows(0, shown, kept, omitted);
    i < events.length;
    i = events.keepRows(i + 1, shown, kept, omitted)
  ) {
    const counted = events.countedAt(i);
    if (counted !== null) {
      if (shown.has(events.idAt(i))) kept.event(events.at(i));
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
    if (about === true || e.kind === 'bind' || e.kind === 'unbind') kept.event(e);
    else countEvent(omitted, e);
  }
}

/**
 * One collection, from its gcStart to its gcDone: kept (phases bounded) if it touches a drawn
 * object, else its start and end kept and the rest counted. Returns the index of its last event.
 */
function keepCollection(
  events: EventSource,
  start: number,
  shown: RowAddresses,
  kept: KeptSink,
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
  if (touches) for (const e of inside) kept.event(e);
  else {
    // Still said: that it ran, and what it counted (the view summarizes it, or walks through it).
    for (const e of inside) {
      if (e.kind === 'gcStart' || e.kind === 'gcDone') kept.event(e);
      else countEvent(omitted, e);
    }
  }
  return Math.min(k, events.length - 1);
}

/** Is the event about a drawn object? null for events about no object (bindings, output, gc). */
function showsObject(e: HeapEvent, shown: Drawn): boolean | null {
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
