/**
 * Part of `npm run bench`: what one operation costs, in Heapscope (events off) and in CPython,
 * where the scripts' times come from. Each operation runs 10 times a step of a loop inside a
 * function, and the same loop doing `x = 1` instead is taken off: what is left is the operation
 * (an object it makes included, and the one it replaces in `x` freed). Best of RUNS each; python3
 * times every program in one process.
 */
import { spawnSync } from 'node:child_process';
import { noneMs } from './benchEveryEvent';

const STEPS = 50_000;
const REPEAT = 10;
const RUNS = 3;

const SETUP = `class C:
    def m(self):
        pass
class D:
    def __init__(self, v):
        self.v = v
def f(a):
    return a
`;

/** What each row times, as one Python statement of `i`, `o` (a C with `o.a`), `l` and `d`. */
const OPERATIONS: readonly (readonly [string, string])[] = [
  ['call a function of one argument', 'x = f(i)'],
  ['call a method', 'o.m()'],
  ['read an attribute', 'x = o.a'],
  ['set an attribute', 'o.a = i'],
  ['make an instance (no __init__)', 'x = C()'],
  ['make an instance with __init__', 'x = D(i)'],
  ['make a tuple of two', 'x = (i, i)'],
  ['make a list of one', 'x = [i]'],
  ['make an int (i + 1000)', 'x = i + 1000'],
  ['make a float (i * 0.5)', 'x = i * 0.5'],
  ['call len(l)', 'x = len(l)'],
  ['read l[1]', 'x = l[1]'],
  ["read d['a']", "x = d['a']"],
];

const BASELINE = 'x = 1';

function program(statement: string): string {
  const body = Array.from({ length: REPEAT }, () => statement).join('; ');
  return `${SETUP}def g(o, l, d):
    for i in range(${STEPS}):
        ${body}
o = C()
o.a = 1
g(o, [1, 2, 3], {'a': 1})
`;
}

function heapscopeMs(source: string): number {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) best = Math.min(best, noneMs(source));
  return best;
}

/** python3's best times for the programs, in order, from one process (null without python3). */
function cpythonMs(sources: readonly string[]): number[] | null {
  const timer = `import json, sys, time
best = []
for src in json.loads(sys.stdin.read()):
    code = compile(src, 'operation.py', 'exec')
    times = []
    for _ in range(${RUNS}):
        t = time.perf_counter()
        exec(code, {'__name__': '__main__'})
        times.append(time.perf_counter() - t)
    best.append(min(times) * 1000)
print(json.dumps(best))
`;
  const r = spawnSync('python3', ['-c', timer], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
  });
  return r.status === 0 ? (JSON.parse(r.stdout) as number[]) : null;
}

export function operationBenchLines(): string[] {
  const sources = [BASELINE, ...OPERATIONS.map(([, statement]) => statement)].map(program);
  const ours = sources.map(heapscopeMs);
  const theirs = cpythonMs(sources);
  const ns = (ms: number, baseMs: number) => ((ms - baseMs) * 1e6) / (STEPS * REPEAT);
  const lines = [
    `one operation, ns (done ${REPEAT} times a step of a loop in a function, less the same loop doing \`${BASELINE}\`; best of ${RUNS}): Heapscope (events off) / python3`,
  ];
  OPERATIONS.forEach(([what], k) => {
    const mine = ns(ours[k + 1]!, ours[0]!);
    const cpython = theirs ? ns(theirs[k + 1]!, theirs[0]!) : null;
    // Below a nanosecond python3's figure is mostly the noise of the two loops it is the gap of.
    const ratio = cpython !== null && cpython >= 1 ? ` (${(mine / cpython).toFixed(0)}×)` : '';
    const theirsText =
      cpython === null ? 'n/a' : cpython < 1 ? 'under 1' : cpython.toFixed(cpython < 10 ? 1 : 0);
    lines.push(`  ${what.padEnd(34)} ${mine.toFixed(0).padStart(5)} / ${theirsText}${ratio}`);
  });
  return lines;
}
