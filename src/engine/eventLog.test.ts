/**
 * The log's rows read back as the events written: across chunk boundaries, and for addresses a
 * row cannot hold (kept as objects). The conformance scripts' events are compared with the same
 * events recorded as objects in python/recording.test.ts; these are the cases they never reach.
 */
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../python/interpreter';
import { AddressTable } from './addressTable';
import { EventLog } from './eventLog';
import { CHUNK_ROWS } from './eventRowFormat';
import { allEvents, readEvents } from './eventRows';
import type { HeapEvent } from './events';

const siteOf = (holder: { address: number }, slot: unknown) => ({
  holder: holder.address,
  slot: `?${String(slot)}`,
});

describe('the event log', () => {
  it('reads every row back across its chunks', () => {
    const log = new EventLog(siteOf);
    const rows = 2 * CHUNK_ROWS + 77;
    for (let i = 0; i < rows; i++)
      log.ref(i % 3 === 0 ? 'incref' : 'decref', 8 * (i + 1), i, { address: 8 * i }, i);
    const events = allEvents(log);
    expect(log.chunks.length).toBe(3);
    expect(events).toHaveLength(rows);
    for (const i of [0, CHUNK_ROWS - 1, CHUNK_ROWS, 2 * CHUNK_ROWS, rows - 1])
      expect(events[i]).toEqual({
        kind: i % 3 === 0 ? 'incref' : 'decref',
        id: 8 * (i + 1),
        refcount: i,
        site: { holder: 8 * i, slot: i === 0 ? 'stack' : String(i) },
      });
  });

  it('writes each kind of row whole where the log grows: in the first chunk and past it', () => {
    const interp = new Interpreter({ recordEvents: false, sink: () => {} });
    const five = interp.heap.newInt(5);
    // Each writer's rows alone, so that its rows are the ones that start each new array.
    const writers: [(log: EventLog, i: number) => void, (i: number) => HeapEvent][] = [
      [
        (log, i) => log.ref('move', 8 * i, i, { address: 16 }, i),
        (i) => ({ kind: 'move', id: 8 * i, refcount: i, to: { holder: 16, slot: String(i) } }),
      ],
      [
        (log, i) => log.alloc(8 * i, five),
        (i) => ({ kind: 'alloc', id: 8 * i, type: 'int', repr: '5' }),
      ],
      [
        (log, i) => log.dealloc(8 * i, 'list'),
        (i) => ({ kind: 'dealloc', id: 8 * i, type: 'list' }),
      ],
      [
        (log, i) => log.bind(true, 24, 'x', 8 * i),
        (i) => ({ kind: 'bind', scope: 24, name: 'x', id: 8 * i }),
      ],
      [(log, i) => log.gcClear(8 * i), (i) => ({ kind: 'gcClear', id: 8 * i })],
    ];
    const rows = CHUNK_ROWS + 3;
    for (const [write, event] of writers) {
      const log = new EventLog(siteOf);
      for (let i = 0; i < rows; i++) write(log, i);
      expect(log.chunks.length).toBe(2);
      const events = allEvents(log);
      const wrong = events.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(event(i)));
      expect(wrong, JSON.stringify(events[wrong])).toBe(-1);
      expect(events).toHaveLength(rows);
    }
  });

  it('keeps as objects the events of addresses a row cannot hold', () => {
    const interp = new Interpreter({ recordEvents: false, sink: () => {} });
    const o = interp.heap.newInt(12345);
    const log = new EventLog(siteOf);
    const far = 2 ** 40;
    const odd = 8 * 1000 + 4;
    log.ref('incref', far, 2, { address: 8 }, 1);
    log.ref('move', 16, 3, { address: odd }, 2);
    log.alloc(far, o);
    log.dealloc(odd, 'int');
    log.bind(true, far, 'x', 24);
    log.bind(false, 32, 'y', odd);
    const expected: HeapEvent[] = [
      { kind: 'incref', id: far, refcount: 2, site: { holder: 8, slot: '?1' } },
      { kind: 'move', id: 16, refcount: 3, to: { holder: odd, slot: '?2' } },
      { kind: 'alloc', id: far, type: 'int', repr: '12345' },
      { kind: 'dealloc', id: odd, type: 'int' },
      { kind: 'bind', scope: far, name: 'x', id: 24 },
      { kind: 'unbind', scope: 32, name: 'y', id: odd },
    ];
    expect(allEvents(log)).toEqual(expected);
    expect(log.objects.filter((e) => typeof e !== 'string')).toHaveLength(expected.length);
    // The index of allocation rows finds an allocation kept as its object too.
    log.alloc(40, o);
    const rows = readEvents(log);
    const types = rows.allocTypes(AddressTable.of([far, 40, odd]));
    expect([far, 40, odd].map((id) => types.get(id))).toEqual([types.get(far), types.get(far), -1]);
    expect(rows.typeName(types.get(far))).toBe('int');
  });

  it('makes the reprs it keeps short as the view made them', () => {
    const interp = new Interpreter({ recordEvents: false, sink: () => {} });
    const h = interp.heap;
    const made = [
      h.newInt(-7),
      h.newInt(2 ** 31),
      h.newInt(10n ** 50n),
      h.newStr('a\nb'),
      h.newStr('x'.repeat(60)),
      h.newFloat(0.5),
    ];
    const log = new EventLog(siteOf);
    made.forEach((o, i) => log.alloc(8 * (i + 1), o));
    const reprs = allEvents(log).map((e) => (e.kind === 'alloc' ? e.repr : null));
    expect(reprs).toEqual([
      '-7',
      '2147483648',
      `${'1' + '0'.repeat(38)}…`,
      "'a\\nb'",
      `'${'x'.repeat(38)}…`,
      '0.5',
    ]);
  });
});
