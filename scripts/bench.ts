/**
 * `npm run bench`: each bench/*.py under Heapscope (event log off, then on as the app runs it)
 * and under python3 in one run; prints the times and the ratio Heapscope/CPython. Times cover
 * running the script, not starting either interpreter; a script with a `# --- measure ---` line
 * is timed from there on (what precedes it is setup). Then a long script's step views
 * (benchSteps.ts), a big heap's snapshot (benchSnapshot.ts), what progress reports, Stop and
 * the worker boundary cost the growth demo (benchReliability.ts), what keeping every event of a
 * long run would cost (benchEveryEvent.ts), the memory each kind of object takes beside
 * CPython's (benchObjectBytes.ts), and what one operation costs beside CPython (benchOperations.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { condenseEvents, shownIdsOf } from '../src/engine';
import { NO_LIMITS } from '../src/python/budget';
import { Interpreter } from '../src/python/interpreter';
import { Session } from '../src/python/session';
import { everyEventBenchLines } from './benchEveryEvent';
import { objectBytesBenchLines } from './benchObjectBytes';
import { operationBenchLines } from './benchOperations';
import { fullGc } from './fullGc';
import { reliabilityBenchLines } from './benchReliability';
import { snapshotBenchLines } from './benchSnapshot';
import { stepBenchLines } from './benchSteps';

const dir = join(import.meta.dirname, '..', 'bench');
const RUNS = 5;

const MARK = '# --- measure ---';

type Check = (ok: boolean, error: string | null) => void;

/**
 * Heapscope's best times for the script, events off and on, run in alternate pairs; on/off is the
 * median of the pairs' ratios, which the machine's drift (up to 40% within the hour here) moves
 * less than a ratio of two best times taken minutes apart. Events off: the interpreter alone.
 * Events on: a Session, as the page's worker runs a statement (its event limit, the drawn objects
 * in view), and the run's log condensed to what the view draws; the snapshots around the run are
 * not timed (benchSnapshot.ts times one). Each timed part starts after a full V8 collection: the
 * run before it, off or on, must not leave its garbage to be collected inside this one.
 */
function heapscopeTimes(source: string, file: string): { off: number; on: number; onOff: number } {
  const [setup, measured] = source.includes(MARK) ? source.split(MARK) : ['', source];
  const check: Check = (ok, error) => {
    if (!ok) throw new Error(`${file} failed under Heapscope: ${error}`);
  };
  const offs: number[] = [];
  const ons: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    offs.push(interpreterMs(setup!, measured!, file, check));
    ons.push(sessionMs(setup!, measured!, file, check));
  }
  const ratios = ons.map((on, i) => on / offs[i]!).sort((a, b) => a - b);
  return { off: Math.min(...offs), on: Math.min(...ons), onOff: ratios[(RUNS - 1) >> 1]! };
}

function interpreterMs(setup: string, measured: string, file: string, check: Check): number {
  const interp = new Interpreter({ recordEvents: false, trackLive: false, sink: () => {} });
  const prepared = interp.run(setup, 'exec', file);
  check(prepared.ok, prepared.errorLine);
  fullGc();
  const t = performance.now();
  const result = interp.run(measured, 'exec', file);
  const ms = performance.now() - t;
  check(result.ok, result.errorLine);
  return ms;
}

function sessionMs(setup: string, measured: string, file: string, check: Check): number {
  const session = new Session({ limits: NO_LIMITS });
  const prepared = session.run(setup, 'exec', { file });
  check(prepared.ok, prepared.error);
  const before = session.snapshot();
  fullGc();
  const t = performance.now();
  const result = session.run(measured, 'exec', { file });
  const ran = performance.now() - t;
  check(result.ok, result.error);
  const shown = shownIdsOf(before, session.snapshot());
  const c = performance.now();
  condenseEvents(result.log, shown);
  return ran + performance.now() - c;
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
  const { off, on, onOff } = heapscopeTimes(source, file);
  const ratio = (x: number) => (py ? (x / py).toFixed(2) : 'n/a');
  rows.push([
    f,
    py ? py.toFixed(1) : 'no python3',
    off.toFixed(1),
    ratio(off),
    on.toFixed(1),
    ratio(on),
    onOff.toFixed(2),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(
  `(best of ${RUNS} runs each, off and on in alternate pairs; ratio = Heapscope / CPython, lower is faster; on/off = the cost of recording events, condensing included: the median of the pairs' ratios)`,
);
for (const line of [
  ...stepBenchLines(),
  ...snapshotBenchLines(),
  ...reliabilityBenchLines(),
  ...everyEventBenchLines(),
  ...objectBytesBenchLines(),
  ...operationBenchLines(),
])
  console.log(line);
