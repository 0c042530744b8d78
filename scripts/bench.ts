/**
 * `npm run bench`: each bench/*.py under Heapscope (event log off, then on as the app runs it)
 * and under python3 in one run; prints the times and the ratio Heapscope/CPython. Times cover
 * running the script, not starting either interpreter; a script with a `# --- measure ---` line
 * is timed from there on (what precedes it is setup). Then a long script's step views
 * (benchSteps.ts) and a big heap's snapshot (benchSnapshot.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { condenseEvents, shownIdsOf } from '../src/engine';
import { Interpreter } from '../src/python/interpreter';
import { SESSION_EVENT_LIMIT } from '../src/python/session';
import { snapshotBenchLines } from './benchSnapshot';
import { stepBenchLines } from './benchSteps';

const dir = join(import.meta.dirname, '..', 'bench');
const RUNS = 3;

const MARK = '# --- measure ---';

/**
 * Heapscope's best time for the script. With events, as the page's worker runs a statement: the
 * session's event limit, and the run's log condensed to what the view draws (the snapshot the
 * view asks for after the run is timed by benchSnapshot.ts, not here).
 */
function heapscopeMs(source: string, file: string, events: boolean): number {
  const [setup, measured] = source.includes(MARK) ? source.split(MARK) : ['', source];
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const interp = new Interpreter({ recordEvents: events, trackLive: events, sink: () => {} });
    interp.heap.eventLimit = events ? SESSION_EVENT_LIMIT : Infinity;
    const check = (result: { ok: boolean; errorLine: string | null }) => {
      if (!result.ok) throw new Error(`${file} failed under Heapscope: ${result.errorLine}`);
    };
    check(interp.run(setup!, 'exec', file));
    interp.heap.drainLog();
    const before = events ? interp.snapshot() : null;
    // As the page's session does: the collector and bulk operations detail the objects drawn.
    if (before) interp.heap.inView = new Set(before.objects.map((o) => o.id));
    const t = performance.now();
    const result = interp.run(measured!, 'exec', file);
    let ms = performance.now() - t;
    check(result);
    if (before) {
      const shown = shownIdsOf(before, interp.snapshot());
      const c = performance.now();
      condenseEvents(interp.heap.drainLog(), shown);
      ms += performance.now() - c;
    }
    best = Math.min(best, ms);
  }
  return best;
}

const PY_TIMER = `
import sys, time
src = open(sys.argv[1]).read()
setup, measured = src.split('${MARK}') if '${MARK}' in src else ('', src)
setup_code = compile(setup, sys.argv[1], 'exec')
code = compile(measured, sys.argv[1], 'exec')
best = float('inf')
for _ in range(${RUNS}):
    g = {'__name__': '__main__'}
    out = sys.stdout
    sys.stdout = open('/dev/null', 'w')
    exec(setup_code, g)
    t = time.perf_counter()
    exec(code, g)
    best = min(best, time.perf_counter() - t)
    sys.stdout = out
    g.clear()
print(best * 1000)
`;
import '../src/python/withStandardLibrary';

function cpythonMs(file: string): number | null {
  const r = spawnSync('python3', ['-c', PY_TIMER, file], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

const rows: string[][] = [
  [
    'script',
    'python3 ms',
    'heapscope ms (events off)',
    'ratio',
    'heapscope ms (events on)',
    'ratio',
    'on/off',
  ],
];
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.py'))
  .sort()) {
  const file = join(dir, f);
  const source = readFileSync(file, 'utf8');
  const py = cpythonMs(file);
  const off = heapscopeMs(source, file, false);
  const on = heapscopeMs(source, file, true);
  const ratio = (x: number) => (py ? (x / py).toFixed(2) : 'n/a');
  rows.push([
    f,
    py ? py.toFixed(1) : 'no python3',
    off.toFixed(1),
    ratio(off),
    on.toFixed(1),
    ratio(on),
    (on / off).toFixed(2),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(
  `(best of ${RUNS} runs each; ratio = Heapscope / CPython, lower is faster; on/off = the cost of recording events, condensing included)`,
);
for (const line of [...stepBenchLines(), ...snapshotBenchLines()]) console.log(line);
