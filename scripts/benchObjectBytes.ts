/**
 * Part of `npm run bench`: the memory each kind of object takes, in Heapscope's JavaScript heap
 * and in CPython's, for the same loop (`keep.append(EXPR)` 100,000 times, each new object kept
 * alive, the collector off). Heapscope's is the growth of V8's heap after a full garbage
 * collection; python3's what tracemalloc counts. Both include the list slot that keeps the object
 * and any int the expression makes (a list of `i` makes an int for each i past 256 in both).
 */
import { spawnSync } from 'node:child_process';
import { Interpreter } from '../src/python/interpreter';
import { fullGc } from './fullGc';

const COUNT = 100_000;

const SETUP = `class Node:
    def __init__(self, nxt):
        self.next = nxt
import gc
gc.disable()
head = None
keep = []
`;

/** What each row makes, as a Python expression of `i` (and `head`, None). */
const KINDS: readonly (readonly [string, string])[] = [
  ['instance with one attribute', 'Node(head)'],
  ['list of one int', '[i]'],
  ['tuple of two', '(i, head)'],
  ['dict of one item', "{'a': i}"],
  ['float', 'i * 0.5'],
  ['str', 'str(i)'],
  ['int of 3 digits', '10**20 + i'],
];

const loop = (expr: string) => `for i in range(${COUNT}):\n    keep.append(${expr})\n`;

function heapscopeBytes(expr: string): number {
  const interp = new Interpreter({ recordEvents: false, trackLive: true, sink: () => {} });
  const setup = interp.run(SETUP, 'exec', 'bytes.py');
  if (!setup.ok) throw new Error(`setup failed: ${setup.errorLine}`);
  fullGc();
  const before = process.memoryUsage().heapUsed;
  const result = interp.run(loop(expr), 'exec', 'bytes.py');
  if (!result.ok) throw new Error(`${expr} failed: ${result.errorLine}`);
  fullGc();
  const bytes = (process.memoryUsage().heapUsed - before) / COUNT;
  // The interpreter, and so every object measured, stays alive until the figure is taken.
  interp.heap.drainLog();
  return bytes;
}

function cpythonBytes(expr: string): number | null {
  const program = `${SETUP}import tracemalloc
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
${loop(expr)}print((tracemalloc.get_traced_memory()[0] - before) / ${COUNT})
`;
  const r = spawnSync('python3', ['-c', program], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

export function objectBytesBenchLines(): string[] {
  const lines = [
    `bytes per object kept (${COUNT.toLocaleString('en')} of each, the list slot that keeps it included): Heapscope's JS heap / python3's tracemalloc`,
  ];
  for (const [kind, expr] of KINDS) {
    const ours = heapscopeBytes(expr);
    const theirs = cpythonBytes(expr);
    const ratio = theirs ? ` (${(ours / theirs).toFixed(1)}×)` : '';
    lines.push(
      `  ${kind.padEnd(28)} ${ours.toFixed(0).padStart(5)} / ${theirs === null ? 'n/a' : theirs.toFixed(0)}${ratio}`,
    );
  }
  return lines;
}
