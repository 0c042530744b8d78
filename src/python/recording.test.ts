import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEvents } from '../engine/eventRows';
import { displayRepr } from '../engine/display';
import type { PyObject } from '../engine/objects';
import { condenseEvents, EVENT_LIMIT, EventLog, shownIdsOf, type HeapEvent } from '../engine';
import { Interpreter } from './interpreter';

const dir = join(import.meta.dirname, '..', '..', 'conformance');

function run(source: string, events: boolean): string {
  let out = '';
  const interp = new Interpreter({
    recordEvents: events,
    trackLive: events,
    sink: (stream, text) => (out += `${stream}:${text}`),
  });
  interp.run(source, 'exec', 'script.py');
  return out.replace(/0x[0-9a-f]+/g, '0xADDR');
}

/** The log as it was before rows: every event an object, every site made when it happens. */
class ObjectLog extends EventLog {
  override ref(
    op: 'incref' | 'decref' | 'move',
    id: number,
    refcount: number,
    holder: { readonly address: number },
    slot: unknown,
  ): void {
    const site = this.siteOf(holder, slot);
    this.push(
      op === 'move' ? { kind: 'move', id, refcount, to: site } : { kind: op, id, refcount, site },
    );
  }
  override alloc(id: number, o: PyObject): void {
    this.push({ kind: 'alloc', id, type: o.type.name, repr: displayRepr(o) });
  }
  override dealloc(id: number, type: string): void {
    this.push({ kind: 'dealloc', id, type });
  }
  override gcClear(id: number): void {
    this.push({ kind: 'gcClear', id });
  }
  override bind(bound: boolean, scope: number, name: string, id: number): void {
    this.push({ kind: bound ? 'bind' : 'unbind', scope, name, id });
  }
}

/** The events of a run, recorded in rows, or as objects (`asObjects`). */
function eventsOf(source: string, asObjects: boolean): HeapEvent[] {
  const interp = new Interpreter({ recordEvents: true, trackLive: true, sink: () => {} });
  const heap = interp.heap;
  heap.drainLog();
  if (asObjects) heap.events = new ObjectLog((holder, slot) => heap.site(holder, slot as never));
  interp.run(source, 'exec', 'script.py');
  return allEvents(heap.drainLog());
}

describe('event recording', () => {
  it(
    'rows read back as the events objects recorded: every fourth conformance script',
    { timeout: 120_000 },
    () => {
      const scripts = readdirSync(dir).filter((f) => f.endsWith('.py'));
      let compared = 0;
      for (const f of scripts.filter((_, i) => i % 4 === 0)) {
        const source = readFileSync(join(dir, f), 'utf8');
        const rows = eventsOf(source, false);
        expect(rows, f).toEqual(eventsOf(source, true));
        compared += rows.length;
      }
      expect(compared).toBeGreaterThan(10_000);
    },
  );

  it('condensing reads rows as it reads the events they stand for', () => {
    const interp = new Interpreter({ recordEvents: true, trackLive: true, sink: () => {} });
    const heap = interp.heap;
    interp.run('import gc\nclass Node:\n    pass\nkeep = [Node()]\n', 'exec', 'setup.py');
    heap.drainLog();
    const before = interp.snapshot();
    interp.run(
      [
        'for i in range(3000):',
        '    n = Node()',
        '    n.me = n',
        '    keep[0].last = [i, n]',
        '    if i % 1000 == 0:',
        '        gc.collect()',
        'd = {"k": keep}',
      ].join('\n'),
      'exec',
      'loop.py',
    );
    const log = heap.drainLog();
    const shown = shownIdsOf(before, interp.snapshot());
    expect(log.length).toBeGreaterThan(10 * EVENT_LIMIT);
    const condensed = condenseEvents(log, shown);
    expect(condensed).toEqual(condenseEvents(allEvents(log), shown));
    expect(condensed.some((e) => e.kind === 'omitted')).toBe(true);
  });

  it(
    'changes nothing the program can see: every conformance script prints the same either way',
    {
      // Every conformance script, twice: seconds on a loaded machine.
      timeout: 120_000,
    },
    () => {
      const scripts = readdirSync(dir).filter((f) => f.endsWith('.py'));
      expect(scripts.length).toBeGreaterThan(50);
      for (const f of scripts) {
        const source = readFileSync(join(dir, f), 'utf8');
        expect(run(source, true), f).toBe(run(source, false));
      }
    },
  );

  it('reports every phase of a collection with the gc_refs each phase computed', () => {
    const interp = new Interpreter({ recordEvents: true, trackLive: true, sink: () => {} });
    interp.run(
      'import gc\ngc.collect()\na = []\nb = [a]\na.append(b)\nc = []\ndel a, b\n',
      'exec',
      'x.py',
    );
    interp.heap.drainLog();
    interp.run('gc.collect()', 'exec', 'x.py');
    const events = allEvents(interp.heap.drainLog());
    const phases = events
      .filter((e) => e.kind === 'gcPhase')
      .map((e) => (e as { phase: string }).phase);
    expect(phases.slice(0, 3)).toEqual(['updateRefs', 'subtractRefs', 'moveUnreachable']);
    const moved = events.find(
      (e) => e.kind === 'gcPhase' && e.phase === 'moveUnreachable',
    ) as unknown as {
      objects: { id: number; gcRefs: number; reachable: boolean }[];
    };
    const garbage = moved.objects.filter((o) => !o.reachable);
    expect(garbage).toHaveLength(2);
    expect(events.filter((e) => e.kind === 'gcSubtract').length).toBeGreaterThanOrEqual(2);
    expect(events.find((e) => e.kind === 'gcDone')).toMatchObject({ kind: 'gcDone', collected: 2 });
  });
});
