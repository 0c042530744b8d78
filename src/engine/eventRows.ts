/**
 * Reading the heap's event log (eventLog.ts): a row becomes a `HeapEvent` only when asked. The
 * condensing (condense.ts) reads kinds and ids to decide what the view keeps, and makes only
 * those events. Loaded with the library, as condensing is: nothing reads a log before a person's
 * statement has run.
 */
import type { HeapEvent, RefSite } from './events';
import {
  ALLOC,
  BY_INDEX,
  BY_NAME,
  DECREF,
  DEALLOC,
  INCREF,
  LABEL_STYLE,
  MOVE,
  ON_STACK,
  OTHER,
  ROW_KIND_NAMES,
  SLOT_COLUMN,
  SLOT_NONE,
  SLOT_NUMBER,
} from './eventRowFormat';
import type { EventLog } from './eventLog';

/** The events a condensing pass reads: kinds and ids without making the events. */
export interface EventSource {
  readonly length: number;
  kindAt(i: number): HeapEvent['kind'];
  /** The object the event is about (`id`), or NaN for an event without one. */
  idAt(i: number): number;
  at(i: number): HeapEvent;
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

class Rows implements EventSource {
  constructor(private readonly log: EventLog) {}

  get length(): number {
    return this.log.length;
  }

  kindAt(i: number): HeapEvent['kind'] {
    const kind = this.log.kinds[i]!;
    return kind === OTHER ? this.objectAt(i).kind : ROW_KIND_NAMES[kind]!;
  }

  idAt(i: number): number {
    if (this.log.kinds[i] !== OTHER) return this.log.addresses[2 * i]!;
    const e = this.objectAt(i);
    return 'id' in e ? e.id : NaN;
  }

  at(i: number): HeapEvent {
    const log = this.log;
    const kind = log.kinds[i]!;
    if (kind === OTHER) return this.objectAt(i);
    const id = log.addresses[2 * i]!;
    const first = log.numbers[2 * i]!;
    const second = log.numbers[2 * i + 1]!;
    switch (kind) {
      case INCREF:
      case DECREF:
        return { kind: ROW_KIND_NAMES[kind] as 'incref', id, refcount: first, site: this.site(i) };
      case MOVE:
        return { kind: 'move', id, refcount: first, to: this.site(i) };
      case ALLOC:
        return {
          kind: 'alloc',
          id,
          type: log.names.at(first),
          repr: log.objects[second] as string,
        };
      case DEALLOC:
        return { kind: 'dealloc', id, type: log.names.at(first) };
      default:
        return {
          kind: ROW_KIND_NAMES[kind] as 'bind',
          scope: log.addresses[2 * i + 1]!,
          name: log.names.at(first),
          id,
        };
    }
  }

  private objectAt(i: number): HeapEvent {
    return this.log.objects[this.log.numbers[2 * i]!] as HeapEvent;
  }

  /** A reference's site, labelled as heap.ts's slotLabel labels it. */
  private site(i: number): RefSite {
    const log = this.log;
    const label = log.labels[i]!;
    const holder = log.addresses[2 * i + 1]!;
    const value = log.numbers[2 * i + 1]!;
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
