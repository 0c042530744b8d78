/**
 * Part of `npm run bench`: what keeping every event of a long run would cost, against the page's
 * event limit (SESSION_EVENT_LIMIT, past which a statement's events are counted, not recorded) and
 * against recording nothing (the interpreter alone, as the table's "events off"). Each script runs
 * in a Session as the page's worker runs a statement, with the limit and without it, and in an
 * Interpreter without events, in turn; the time includes condensing the log to what the view draws. The memory
 * is the log's: its rows (typed arrays, counted exactly), and how many events and reprs it keeps
 * as JS objects beside them (the events rows cannot hold, the reprs not made when read).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { condenseEvents, shownIdsOf } from '../src/engine';
import { NO_LIMITS } from '../src/python/budget';
import { Interpreter } from '../src/python/interpreter';
import { Session } from '../src/python/session';
import { fullGc } from './fullGc';
import { GROWTH_DEMO } from './growth-demo.mjs';

const RUNS = 3;

const SCRIPTS: readonly (readonly [string, string])[] = [
  [
    'class_methods.py',
    readFileSync(join(import.meta.dirname, '..', 'bench', 'class_methods.py'), 'utf8'),
  ],
  ['the growth demo', GROWTH_DEMO],
];

interface Run {
  ms: number;
  rows: number;
  rowBytes: number;
  objects: number;
}

/** The interpreter alone running `source`, recording nothing (the table's "events off"). */
export function noneMs(source: string): number {
  const interp = new Interpreter({ recordEvents: false, trackLive: false, sink: () => {} });
  fullGc();
  const t = performance.now();
  const result = interp.run(source, 'exec', 'bench.py');
  if (!result.ok) throw new Error(`the run failed: ${result.errorLine}`);
  return performance.now() - t;
}

function runOnce(source: string, everyEvent: boolean): Run {
  const session = new Session({ limits: NO_LIMITS });
  if (everyEvent) session.heap.eventLimit = Infinity;
  const before = session.snapshot();
  fullGc();
  const t = performance.now();
  const result = session.run(source, 'exec', { file: 'bench.py' });
  const ran = performance.now() - t;
  if (!result.ok) throw new Error(`the run failed: ${result.error}`);
  const shown = shownIdsOf(before, session.snapshot());
  const c = performance.now();
  condenseEvents(result.log, shown);
  const ms = ran + performance.now() - c;
  const log = result.log;
  const rowBytes = log.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  return { ms, rows: log.length, rowBytes, objects: log.objects.length };
}

export function everyEventBenchLines(): string[] {
  const lines = [
    "every event kept (no event limit) against the page's limit and against recording none, " +
      `condensing included, best of ${RUNS} run in turn; the log's memory`,
  ];
  for (const [name, source] of SCRIPTS) {
    const none: number[] = [];
    const limited: number[] = [];
    const every: Run[] = [];
    for (let r = 0; r < RUNS; r++) {
      none.push(noneMs(source));
      limited.push(runOnce(source, false).ms);
      every.push(runOnce(source, true));
    }
    const best = every.reduce((a, b) => (b.ms < a.ms ? b : a));
    const page = Math.min(...limited);
    const off = Math.min(...none);
    lines.push(
      `  ${name}: ${best.rows.toLocaleString('en')} events in ${best.ms.toFixed(0)} ms, ` +
        `against ${page.toFixed(0)} ms with the limit and ${off.toFixed(0)} ms recording none ` +
        `(${(best.ms / off).toFixed(2)}× none); ` +
        `rows ${(best.rowBytes / 2 ** 20).toFixed(0)} MiB (${(best.rowBytes / best.rows).toFixed(1)} bytes an event), ` +
        `${best.objects.toLocaleString('en')} events and reprs kept as objects`,
    );
  }
  return lines;
}
