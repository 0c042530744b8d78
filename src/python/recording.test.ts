import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('event recording', () => {
  it('changes nothing the program can see: every conformance script prints the same either way', () => {
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.py'));
    expect(scripts.length).toBeGreaterThan(50);
    for (const f of scripts) {
      const source = readFileSync(join(dir, f), 'utf8');
      expect(run(source, true), f).toBe(run(source, false));
    }
  }, 120_000);

  it('reports every phase of a collection with the gc_refs each phase computed', () => {
    const interp = new Interpreter({ recordEvents: true, trackLive: true, sink: () => {} });
    interp.run(
      'import gc\ngc.collect()\na = []\nb = [a]\na.append(b)\nc = []\ndel a, b\n',
      'exec',
      'x.py',
    );
    interp.heap.drainEvents();
    interp.run('gc.collect()', 'exec', 'x.py');
    const events = interp.heap.drainEvents();
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
